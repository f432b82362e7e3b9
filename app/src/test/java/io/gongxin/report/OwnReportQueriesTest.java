package io.gongxin.report;

import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongxin.DebianPackages;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.query.QueryFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 point 3 in the credit report: the person's own report shows who queried them as "谁查询了我"
 * does, third parties first and in words, repeats merged with their count and first and latest date, the platform's
 * own processing apart in a short section; the report still verifies.
 */
@GongxinTest
class OwnReportQueriesTest {

	private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Test
	@DisplayName("R-34 the own report lists a third party's query first, in words, and folds a provider's repeated reads into one merged line of the platform's own processing (HTML and PDF)")
	void ownReportGroupsQueriesThirdPartiesFirst() throws Exception {
		QueryFixture.ensure(mvc, accounts);
		String purpose = "招录审查-" + UUID.randomUUID().toString().substring(0, 8);
		// the provider opens its workspace three times one day and twice a week later: reads of the person's record
		clock.set(ZonedDateTime.parse("2026-11-11T10:00:00+08:00[Asia/Shanghai]"));
		for (int i = 0; i < 3; i++) {
			readOwnRecords();
		}
		clock.reset();
		readOwnRecords();
		readOwnRecords();
		// one government body queries the person once
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.PERSON).with(accounts.querier())
			.param("matter", "HIRING").param("purpose", purpose)).andExpect(status().isOk());

		MockHttpServletResponse response = mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.PERSON)
			.with(QueryFixture.person()).header("Accept", "text/html")).andExpect(status().isOk()).andReturn().getResponse();
		String html = response.getContentAsString();
		String others = html.substring(html.indexOf("id=\"report-queries-others\""), html.indexOf("id=\"report-queries-own\""));
		String own = html.substring(html.indexOf("id=\"report-queries-own\""), html.indexOf("class=\"foot\""));

		// the third party: its organisation and matter in words, once, with the date and time
		String query = row(others, purpose);
		assertThat(query).contains("测试机构 T_PROC", "人员招录与职务任用", "1 次", "2026-11-18")
			.doesNotContain("HIRING", "GOV_QUERIER", "PROFILE");
		assertThat(others).doesNotContain("提供单位核对记录");
		// the provider's reads: below, one line for the whole period with the count and first to latest date
		assertThat(html.indexOf(purpose)).isLessThan(html.indexOf("提供单位核对记录"));
		assertThat(own).contains("平台自身处理");
		String reads = row(own, "提供单位核对记录");
		assertThat(reads).contains("市市场监督管理局").contains("— 2026-11-18").doesNotContain("RECORD_READ", "PROVIDER");
		assertThat(count(reads)).isGreaterThanOrEqualTo(5);
		assertThat(own.split("提供单位核对记录", -1)).as("the provider's reads are one line").hasSize(2);

		// the issued report still verifies, with the digest printed on it
		String number = response.getHeader("X-Report-Number");
		Matcher digest = DIGEST.matcher(html);
		assertThat(digest.find()).isTrue();
		assertThat(mvc.perform(get("/portal/verify").param("number", number).param("digest", digest.group()))
			.andReturn().getResponse().getContentAsString()).contains("该报告真实有效", "一致：");

		// the PDF says the same in the same order
		DebianPackages.cjkFont();
		MockHttpServletResponse pdf = mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.PERSON)
			.with(QueryFixture.person()).header("Accept", "application/pdf")).andExpect(status().isOk()).andReturn()
			.getResponse();
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("其他机构和个人的查询", "测试机构T_PROC", "人员招录与职务任用" + purpose, "平台自身处理",
				"提供单位核对记录");
			assertThat(text.indexOf(purpose)).isLessThan(text.indexOf("平台自身处理"));
			assertThat(text.indexOf("其他机构和个人的查询")).isLessThan(text.indexOf(purpose));
			assertThat(text).doesNotContain("HIRING", "RECORD_READ", "GOV_QUERIER");
		}
	}

	private void readOwnRecords() throws Exception {
		mvc.perform(get("/api/v1/records").param("item", "EXAM_CHEATING").with(accounts.market()))
			.andExpect(status().isOk());
	}

	private static String row(String html, String text) {
		int at = html.indexOf(text);
		assertThat(at).as(text).isNotNegative();
		return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
	}

	private static int count(String row) {
		return Integer.parseInt(row.replaceAll("(?s).*class=\"count\">(\\d+) 次.*", "$1"));
	}
}
