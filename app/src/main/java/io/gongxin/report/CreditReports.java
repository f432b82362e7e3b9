package io.gongxin.report;

/** Issues credit reports; the API and the web pages share it. */
public interface CreditReports {

	/**
	 * Reads the subject as the caller may see it (logged), numbers the report, keeps its digest and renders it.
	 * @throws io.gongxin.platform.DomainException {@code INVALID_IDENTIFIER}, {@code UNKNOWN_SUBJECT},
	 * {@code MATTER_REQUIRED}, or {@code REPORT_FONT_MISSING} for a PDF when no Chinese TrueType font is found
	 */
	IssuedReport issue(ReportRequest request);
}
