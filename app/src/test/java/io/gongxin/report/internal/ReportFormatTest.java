package io.gongxin.report.internal;

import io.gongxin.platform.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** a report is HTML or PDF, as the parameter says or, without one, as the Accept header prefers. */
class ReportFormatTest {

	@Test
	void r34ParameterWinsOverTheAcceptHeader() {
		assertThat(ReportController.formatOf("pdf", "text/html")).isEqualTo("PDF");
		assertThat(ReportController.formatOf(" Html ", "application/pdf")).isEqualTo("HTML");
	}

	@Test
	void r34UnknownFormatParameterIsRefused() {
		assertThatThrownBy(() -> ReportController.formatOf("docx", null)).isInstanceOf(DomainException.class)
			.hasMessageContaining("INVALID_PARAMETER");
	}

	@Test
	void r34WithoutParameterOrHeaderTheReportIsHtml() {
		assertThat(ReportController.formatOf(null, null)).isEqualTo("HTML");
		assertThat(ReportController.formatOf("", " ")).isEqualTo("HTML");
		assertThat(ReportController.formatOf(null, "not a media type;;")).isEqualTo("HTML");
	}

	@Test
	void r34AcceptHeaderPreferenceDecides() {
		assertThat(ReportController.formatOf(null, "application/pdf")).isEqualTo("PDF");
		assertThat(ReportController.formatOf(null, "text/html;q=0.5, application/pdf")).isEqualTo("PDF");
		assertThat(ReportController.formatOf(null, "application/pdf;q=0.4, text/html")).isEqualTo("HTML");
		// a browser accepts anything: it gets the page
		assertThat(ReportController.formatOf(null, "*/*")).isEqualTo("HTML");
	}

	@Test
	void r34NeitherHtmlNorPdfAcceptableIsRefused() {
		assertThatThrownBy(() -> ReportController.formatOf(null, "image/png")).isInstanceOf(DomainException.class)
			.hasMessageContaining("NOT_ACCEPTABLE");
	}
}
