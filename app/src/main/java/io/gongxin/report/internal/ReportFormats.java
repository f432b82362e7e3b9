package io.gongxin.report.internal;

import java.util.Comparator;
import java.util.List;

import io.gongxin.platform.DomainException;

import org.springframework.http.MediaType;

/** The format a report is asked for: PDF or HTML, by parameter or by the Accept header. */
final class ReportFormats {

	private ReportFormats() {
	}

	/** PDF when asked for by parameter, or when the Accept header prefers it to HTML; HTML otherwise. */
	static String of(String format, String accept) {
		if (format != null && !format.isBlank()) {
			String wanted = format.strip().toUpperCase();
			if (!wanted.equals("PDF") && !wanted.equals("HTML")) {
				throw new DomainException(DomainException.Kind.INVALID, "INVALID_PARAMETER", "format");
			}
			return wanted;
		}
		if (accept == null || accept.isBlank()) {
			return "HTML";
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (IllegalArgumentException ex) {
			return "HTML";
		}
		types = types.stream().sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
		return types.stream()
			.filter(t -> t.isCompatibleWith(MediaType.APPLICATION_PDF) || t.isCompatibleWith(MediaType.TEXT_HTML))
			.findFirst()
			.map(t -> t.getSubtype().equals("pdf") ? "PDF" : "HTML")
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_ACCEPTABLE, "NOT_ACCEPTABLE"));
	}
}
