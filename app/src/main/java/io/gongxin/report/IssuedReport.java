package io.gongxin.report;

import java.nio.charset.StandardCharsets;

/** A report as issued: its number, the media type and the bytes to send. */
public record IssuedReport(String number, String mediaType, byte[] body) {

	public static IssuedReport pdf(String number, byte[] pdf) {
		return new IssuedReport(number, "application/pdf", pdf);
	}

	public static IssuedReport html(String number, String html) {
		return new IssuedReport(number, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
	}
}
