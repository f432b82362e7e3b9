package io.gongxin.report.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * where a report is verified, printed on it in words and as a QR code (ADR 0020): the portal's verification
 * page with the report number in its address, on the platform's public address ({@code gongxin.public-base-url}),
 * so that scanning the code opens the result at once.
 */
@Component
class VerificationCodes {

	private final String base;

	VerificationCodes(@Value("${gongxin.public-base-url:http://localhost:8080}") String base) {
		this.base = base.replaceAll("/+$", "");
	}

	/** The verification page's absolute address for this report number. */
	String address(String number) {
		return base + "/portal/verify?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
	}

	/** The address as a QR code, a PNG in a {@code data:} URI that browsers and openhtmltopdf both show. */
	String qrCode(String address) {
		return QrCodes.png(address);
	}
}
