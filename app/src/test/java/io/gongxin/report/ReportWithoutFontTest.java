package io.gongxin.report;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.query.QueryFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
@TestPropertySource(properties = "gongxin.report.fonts=/nonexistent/font.ttf")
class ReportWithoutFontTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	@DisplayName("without any Chinese TrueType font the PDF answers REPORT_FONT_MISSING and HTML still works")
	void pdfNeedsAFontHtmlDoesNot() throws Exception {
		QueryFixture.ensure(mvc, accounts);
		mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).header("Accept", "application/pdf"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("REPORT_FONT_MISSING"));
		mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).header("Accept", "text/html"))
			.andExpect(status().isOk())
			.andExpect(header().exists("X-Report-Number"));
	}
}
