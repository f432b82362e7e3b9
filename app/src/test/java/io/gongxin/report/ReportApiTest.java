package io.gongxin.report;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.DebianPackages;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.query.QueryFixture;
import io.gongxin.synthetic.SyntheticSubjects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
class ReportApiTest {

	private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	private MockHttpServletResponse report(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
	}

	@Test
	@DisplayName("R-34 anyone gets a public HTML report whose number and digest the public verification confirms")
	void publicHtmlReportVerifiesByNumber() throws Exception {
		MockHttpServletResponse response = report(
				get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).header("Accept", "text/html"));
		assertThat(response.getContentType()).startsWith("text/html");
		String number = response.getHeader("X-Report-Number");
		assertThat(number).matches("GX\\d{8}-[0-9A-Z]{10}");
		String html = response.getContentAsString();
		assertThat(html).contains("公共信用信息报告", "公众查询版", number, "上海市测试查询有限公司", QueryFixture.COMPANY,
				"行政处罚信息", "沪市监罚〔2024〕9号", "诚信经营示范单位", "信息提供单位</th><td>市市场监督管理局");
		assertThat(html).as("non-public tax arrears stay out of a public report").doesNotContain("增值税", "沪税催");
		Matcher digest = DIGEST.matcher(html);
		assertThat(digest.find()).isTrue();

		mvc.perform(get("/api/v1/reports/{number}", number))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(number))
			.andExpect(jsonPath("$.subjectName").value("上海市测试查询有限公司"))
			.andExpect(jsonPath("$.issuedAt").isNotEmpty())
			.andExpect(jsonPath("$.digest").value(digest.group()))
			.andExpect(jsonPath("$.valid").value(true));
	}

	@Test
	@DisplayName("R-19 issuing a report is a read of the subject and is on the query log")
	void reportIsLogged() throws Exception {
		long before = reportEntries();
		report(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).with(accounts.agency()));
		assertThat(reportEntries()).isEqualTo(before + 1);
	}

	private long reportEntries() {
		return jdbc.sql("select count(*) from query_log where channel = 'REPORT' and username = 't-agency'")
			.query(Long.class)
			.single();
	}

	@Test
	@DisplayName("R-34 the PDF report embeds a Chinese font, its text reads back in Chinese and its number verifies")
	void pdfReportEmbedsChineseFont() throws Exception {
		DebianPackages.cjkFont();
		MockHttpServletResponse response = report(
				get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).header("Accept", "application/pdf"));
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		String number = response.getHeader("X-Report-Number");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("公共信用信息报告", "上海市测试查询有限公司", "行政处罚信息", "沪市监罚〔2024〕9号", number,
					"第 1 页 / 共");
			List<PDFont> fonts = fonts(pdf);
			assertThat(fonts).isNotEmpty();
			assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
		}
		mvc.perform(get("/api/v1/reports/{number}", number)).andExpect(jsonPath("$.valid").value(true));
		MockHttpServletResponse english = report(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY)
			.header("Accept", "application/pdf").header("Accept-Language", "en"));
		try (PDDocument pdf = Loader.loadPDF(english.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("4. Administrative penalties", "Page 1 of",
					"上海市测试查询有限公司");
		}
	}

	private static List<PDFont> fonts(PDDocument pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (var name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}

	@Test
	@DisplayName("R-34 the subject's own report shows every record, its source, who queried it and this year's count")
	void ownReportShowsEverythingAndWhoQueried() throws Exception {
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.PERSON).with(accounts.querier())
			.param("matter", "HIRING").param("purpose", "招录审查")).andExpect(status().isOk());
		MockHttpServletResponse response = report(
				get("/api/v1/subjects/{id}/report", QueryFixture.PERSON).with(QueryFixture.person()));
		String html = response.getContentAsString();
		assertThat(html.contains("本人查询版")).isTrue();
		assertThat(html.contains("替考")).as("non-public dishonesty of the person").isTrue();
		assertThat(html.contains("社区防疫")).as("non-public volunteering").isTrue();
		assertThat(html.contains("信息提供单位</th><td>市市场监督管理局")).as("where the record came from").isTrue();
		assertThat(html.contains("被查询记录")).isTrue();
		assertThat(html.contains("测试机构 T_PROC")).as("who queried").isTrue();
		assertThat(html.contains("招录审查")).as("for what").isTrue();
		assertThat(html.contains("信用等级")).as("the grade").isTrue();
		assertThat(Pattern.compile("本年度第 \\d+ 份本人信用报告").matcher(html).find()).isTrue();

		mvc.perform(get("/api/v1/reports/{number}", response.getHeader("X-Report-Number")))
			.andExpect(jsonPath("$.subjectName").value("李*"));
	}

	@Test
	@DisplayName("R-34 the subject's own report says when and why a record changed")
	void ownReportShowsWhyARecordChanged() throws Exception {
		String person = new SyntheticSubjects(System.nanoTime())
			.person(java.time.LocalDate.of(1970, 1, 1), java.time.LocalDate.of(1990, 1, 1)).id().value();
		String ref = "report-change-" + System.nanoTime();
		for (String type : new String[] { "罚款", "警告" }) {
			mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"records\": [" + QueryFixture.record("ADMIN_PENALTY", ref, "NATURAL_PERSON", person,
						"2024-04-01", null, QueryFixture.PENALTY.replace("罚款", type)) + "]}"))
				.andExpect(status().isOk());
		}
		String username = "rc" + System.nanoTime();
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, person))).andExpect(status().isCreated());
		String html = report(get("/api/v1/subjects/{id}/report", person)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(username,
					"person-password"))).getContentAsString();
		assertThat(html.contains("变更记录")).isTrue();
		String other = report(get("/api/v1/subjects/{id}/report", person).with(accounts.tax())).getContentAsString();
		assertThat(other.contains("变更记录")).as("changes are the subject's own business").isFalse();
	}

	@Test
	@DisplayName("R-34 a subject's third own report of the year says it is beyond the two free ones")
	void thirdOwnReportIsBeyondTheFreeOnes() throws Exception {
		String html = "";
		for (int i = 0; i < 3; i++) {
			html = report(get("/api/v1/subjects/{id}/report", QueryFixture.PERSON).with(QueryFixture.person()))
				.getContentAsString();
		}
		assertThat(html.contains("已超出每年免费 2 份")).isTrue();
	}

	@Test
	@DisplayName("R-16a a public report of a person masks the id number and leaves out non-public records; anonymous callers get none")
	void publicReportOfAPersonIsMasked() throws Exception {
		// issue 12: anonymous callers get no person's report (it would tell who the platform knows); an account
		// without the person's authorization gets the public one
		mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.PERSON)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("REPORT_NEEDS_SIGN_IN"));
		String html = report(get("/api/v1/subjects/{id}/report", QueryFixture.PERSON).with(accounts.tax())).getContentAsString();
		assertThat(html.contains(QueryFixture.PERSON)).as("whole id number").isFalse();
		assertThat(html.contains("3201**********0026")).as("masked id number").isTrue();
		assertThat(html.contains("替考")).isFalse();
		assertThat(html.contains("信用等级")).as("the grade is not public").isFalse();
		assertThat(html.contains("被查询记录")).isFalse();
	}

	@Test
	@DisplayName("R-18 a government querier's report needs a matter and shows that matter's items")
	void governmentReportNeedsMatter() throws Exception {
		mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).with(accounts.querier()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MATTER_REQUIRED"));
		String html = report(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).with(accounts.querier())
			.param("matter", "GOV_PROCUREMENT").param("purpose", "供应商资格审查")).getContentAsString();
		assertThat(html).contains("政务查询版", "GOV_PROCUREMENT / 供应商资格审查", "增值税");
	}

	@Test
	@DisplayName("an anonymous client gets 30 reports a minute, then TOO_MANY_REPORTS; a signed-in caller is not limited")
	void anonymousReportsAreLimited() throws Exception {
		org.springframework.test.web.servlet.request.RequestPostProcessor crawler = request -> {
			request.setRemoteAddr("198.51.100.7");
			return request;
		};
		for (int i = 0; i < 30; i++) {
			mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).with(crawler)).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).with(crawler))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("TOO_MANY_REPORTS"));
		mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).with(crawler).with(accounts.agency()))
			.andExpect(status().isOk());
		clock.advance(Duration.ofMinutes(1));
		mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).with(crawler)).andExpect(status().isOk());
	}

	@Test
	@DisplayName("a report past its validity verifies as no longer valid")
	void reportExpires() throws Exception {
		String number = report(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY)).getHeader("X-Report-Number");
		clock.advance(Duration.ofDays(31));
		mvc.perform(get("/api/v1/reports/{number}", number))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.number").value(number));
	}

	@Test
	@DisplayName("bad identifiers, unknown subjects, unknown numbers and unacceptable formats answer problems")
	void badRequestsAnswerProblems() throws Exception {
		mvc.perform(get("/api/v1/subjects/{id}/report", "91310000132200821X"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_IDENTIFIER"));
		mvc.perform(get("/api/v1/subjects/{id}/report", "91310115MA1K9YYY9N"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("UNKNOWN_SUBJECT"));
		mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).header("Accept", "application/json"))
			.andExpect(status().isNotAcceptable()).andExpect(jsonPath("$.code").value("NOT_ACCEPTABLE"));
		mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).param("format", "docx"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
		mvc.perform(get("/api/v1/reports/{number}", "GX20260101-ABCDEFGHJK"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("UNKNOWN_REPORT"));
		mvc.perform(get("/api/v1/reports/{number}", "gx-not-a-number"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("UNKNOWN_REPORT"));
	}

	@Test
	@DisplayName("the report number is also printed in the HTML and JSON verification has no personal data")
	void numberInHeaderMatchesBody() throws Exception {
		MockHttpServletResponse response = report(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY));
		String body = mvc.perform(get("/api/v1/reports/{number}", response.getHeader("X-Report-Number")))
			.andReturn().getResponse().getContentAsString();
		assertThat(((java.util.Map<String, Object>) JsonPath.read(body, "$")).keySet())
			.containsExactlyInAnyOrder("number", "subjectName", "issuedAt", "digest", "valid", "validUntil");
	}
}
