package io.gongxin.report.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import io.gongxin.report.IssuedReport;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays a report out: one Thymeleaf template for the browser and the PDF ({@link PdfLayout}), with the SM3 digest
 * of the report's content ({@link ReportDigests}) and where to verify it printed on both.
 */
@Component
class ReportDocuments {

	private final ITemplateEngine templates;

	private final VerificationCodes verification;

	private final PdfLayout pdfs;

	ReportDocuments(ITemplateEngine templates, VerificationCodes verification, PdfLayout pdfs) {
		this.templates = templates;
		this.verification = verification;
		this.pdfs = pdfs;
	}

	/** The issued report: the PDF in {@code font}, or the browser's HTML. */
	IssuedReport issued(ReportContent content, Locale locale, boolean pdf, Path font) {
		return pdf ? IssuedReport.pdf(content.number(), pdf(content, locale, font))
				: IssuedReport.html(content.number(), html(content, locale));
	}

	String html(ReportContent content, Locale locale) {
		return templates.process("report/report", context(content, locale, false, ""));
	}

	/** Issue 14: the same layout marked as a preview, without number, digest or verification line. */
	String preview(ReportContent content, Locale locale) {
		return templates.process("report/report",
				new Context(locale, Map.of("report", content, "pdf", false, "pageRule", "", "preview", true)));
	}

	byte[] pdf(ReportContent content, Locale locale, Path font) {
		return pdfs.render(templates.process("report/report", context(content, locale, true, pdfs.pageRule(locale))),
				font);
	}

	/** The layout's variables: the content, and where and how to verify it (its address and QR code, R-34). */
	private Context context(ReportContent content, Locale locale, boolean pdf, String pageRule) {
		String address = verification.address(content.number());
		return new Context(locale, Map.of("report", content, "pdf", pdf, "pageRule", pageRule, "verifyAddress", address,
				"verifyQr", verification.qrCode(address)));
	}
}
