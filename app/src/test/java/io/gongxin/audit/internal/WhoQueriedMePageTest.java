package io.gongxin.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.TestAccounts;
import io.gongxin.account.Accounts;
import io.gongxin.account.Organisation;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.query.QueryFixture;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 14 point 3: "谁查询了我" shows the queries of others first, merged, in words; the platform's own below. */
@GongxinTest
class WhoQueriedMePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Accounts organisations;

	@Autowired
	QueryLog log;

	@Autowired
	Subjects subjects;

	@Autowired
	Identifiers identifiers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("a third party's queries come first, merged with a count and named in words; a provider's repeated reads of its own records are below")
	void thirdPartyFirstMergedInWords() throws Exception {
		QueryFixture.ensure(mvc, accounts);
		String code = "T_P3_BUREAU";
		if (organisations.organisation(code).isEmpty()) {
			organisations.registerOrganisation(new Organisation(code, "第三方核查测试局"));
		}
		SubjectKey person = subjects.find(identifiers.parse(QueryFixture.PERSON)).orElseThrow().key();
		// the provider opens its workspace again and again: each time a read of the person's record
		for (int i = 0; i < 4; i++) {
			mvc.perform(get("/api/v1/records").param("item", "EXAM_CHEATING").with(accounts.market()))
				.andExpect(status().isOk());
		}
		// one body queries the person three times on one day for one matter
		OffsetDateTime now = OffsetDateTime.now(clock);
		String purpose = "资格审查-" + UUID.randomUUID().toString().substring(0, 8);
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 3; i++) {
				log.record(new QueryLogEntry(UUID.randomUUID(), now.minusMinutes(3 - i), "p3-querier", code, "GOV_QUERIER",
						person, List.of("EXAM_CHEATING"), "GOV_PROCUREMENT", purpose, null, "PAGE"));
			}
		});

		PageSession session = PageSession.login(mvc, QueryFixture.PERSON_ACCOUNT, "person-password",
				status().is3xxRedirection());
		String page = mvc.perform(get("/me/queries").with(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		String others = page.substring(page.indexOf("id=\"queries-others\""), page.indexOf("id=\"queries-own\""));
		String own = page.substring(page.indexOf("id=\"queries-own\""));
		// the third party by name, its three queries one row with the count, before any own processing
		assertThat(others).contains("第三方核查测试局").contains(purpose).contains("3 次").doesNotContain(code);
		assertThat(others).doesNotContain("提供单位核对记录");
		int row = others.indexOf(purpose);
		String line = others.substring(others.lastIndexOf("<tr", row), others.indexOf("</tr>", row));
		assertThat(line).contains("第三方核查测试局").contains("3 次").doesNotContain("GOV_PROCUREMENT")
			.doesNotContain("GOV_QUERIER").doesNotContain("PAGE");
		assertThat(page.indexOf("第三方核查测试局")).isLessThan(page.indexOf("提供单位核对记录"));
		// the provider's reads are still there, below, merged into one row per day with a count of at least four
		assertThat(own).contains("<details").contains("提供单位核对记录");
		int read = own.indexOf("提供单位核对记录");
		String readLine = own.substring(own.lastIndexOf("<tr", read), own.indexOf("</tr>", read));
		int count = Integer.parseInt(readLine.replaceAll("(?s).*class=\"queries-count\">(\\d+) 次.*", "$1"));
		assertThat(count).isGreaterThanOrEqualTo(4);
		assertThat(readLine).doesNotContain("RECORD_READ").doesNotContain("PROVIDER");
		// no raw codes anywhere on the page
		assertThat(page).doesNotContain("GOV_QUERIER").doesNotContain("RECORD_READ").doesNotContain("??");
	}
}
