package io.gongxin.report.internal;

import io.gongxin.report.IssuedReport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An issued report as an HTTP answer, from the API and the pages alike: its number in a header, never cached. */
final class ReportResponses {

	static final String NUMBER_HEADER = "X-Report-Number";

	private ReportResponses() {
	}

	static ResponseEntity<byte[]> of(IssuedReport report) {
		boolean pdf = report.mediaType().equals(MediaType.APPLICATION_PDF_VALUE);
		return ResponseEntity.ok()
			.header(NUMBER_HEADER, report.number())
			.header(HttpHeaders.CONTENT_TYPE, report.mediaType())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(report.number() + (pdf ? ".pdf" : ".html")).build().toString())
			.body(report.body());
	}
}
