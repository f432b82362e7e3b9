package io.gongxin.report.internal;

import io.gongxin.platform.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** a report is HTML or PDF, as the parameter says or, without one, as the Accept header prefers. */
class ReportFormatTest {

	@Test
	void r34ParameterWinsOverTheAcceptHeader() {
		assertThat(ReportFormats.of("pdf", "text/html")).isEqualTo("PDF");
		assertThat(ReportFormats.of(" Html ", "application/pdf")).isEqualTo("HTML");
	}

	@Test
	void r34UnknownFormatParameterIsRefused() {
		assertThatThrownBy(() -> ReportFormats.of("docx", null)).isInstanceOf(DomainException.class)
			.hasMessageContaining("INVALID_PARAMETER");
	}

	@Test
	void r34WithoutParameterOrHeaderTheReportIsHtml() {
		assertThat(ReportFormats.of(null, null)).isEqualTo("HTML");
		assertThat(ReportFormats.of("", " ")).isEqualTo("HTML");
		assertThat(ReportFormats.of(null, "not a media type;;")).isEqualTo("HTML");
	}

	@Test
	void r34AcceptHeaderPreferenceDecides() {
		assertThat(ReportFormats.of(null, "application/pdf")).isEqualTo("PDF");
		assertThat(ReportFormats.of(null, "text/html;q=0.5, application/pdf")).isEqualTo("PDF");
		assertThat(ReportFormats.of(null, "application/pdf;q=0.4, text/html")).isEqualTo("HTML");
		// a browser accepts anything: it gets the page
		assertThat(ReportFormats.of(null, "*/*")).isEqualTo("HTML");
	}

	@Test
	void r34NeitherHtmlNorPdfAcceptableIsRefused() {
		assertThatThrownBy(() -> ReportFormats.of(null, "image/png")).isInstanceOf(DomainException.class)
			.hasMessageContaining("NOT_ACCEPTABLE");
	}
}
