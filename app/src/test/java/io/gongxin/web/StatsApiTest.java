package io.gongxin.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.query.QueryFixture;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The centre's figures follow what happens, and only the centre and auditors read them. */
@GongxinTest
class StatsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	io.gongxin.TestClock clock;

	@Test
	@DisplayName("a submitted record, a list entry and a matter-bound query are counted; providers and the public are refused")
	void figuresFollowWhatHappens() throws Exception {
		QueryFixture.ensure(mvc, accounts);
		String month = LocalDate.now(clock).toString().substring(0, 7);
		String before = dashboard();
		String ref = "stats-" + System.nanoTime();
		String company = new SyntheticSubjects(System.nanoTime()).organisation().code().value();
		mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + QueryFixture.record("ADMIN_PENALTY", ref, "LEGAL_PERSON", company,
					"2024-03-01", null, QueryFixture.PENALTY) + "]}"))
			.andExpect(status().isOk());
		// a RED list entry proposed by the provider: the list module announces it (ListEntryChanged)
		mvc.perform(post("/api/v1/lists/RED/entries").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"subjectId": "%s", "reason": "统计测试守信", "basis": "市场监管守信激励", "decidedOn": "%s", "validUntil": "%s"}"""
				.formatted(company, LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusYears(1))))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/subjects/{id}/profile", company).with(accounts.querier())
			.param("matter", "SUBSIDY").param("purpose", "统计测试")).andExpect(status().isOk());
		// the record module announces the record (RecordChanged): the projection counts it once its listener ran
		String records = "$.recordsByProviderAndMonth[?(@.provider == 'MARKET' && @.month == '" + month + "')].records";
		Eventually.holds(() -> assertThat(count(dashboard(), records)).isEqualTo(count(before, records) + 1));
		String red = "$.listEntries[?(@.list == 'RED')].entries";
		Eventually.holds(() -> assertThat(sum(dashboard(), red)).isEqualTo(sum(before, red) + 1));
		String after = dashboard();
		assertThat(count(after, records)).isEqualTo(count(before, records) + 1);
		assertThat(count(after, "$.queriesByMatter[?(@.matter == 'SUBSIDY')].queries"))
			.isEqualTo(count(before, "$.queriesByMatter[?(@.matter == 'SUBSIDY')].queries") + 1);
		assertThat((Map<String, Object>) JsonPath.read(after, "$.objections")).containsKeys("withinDeadline", "late", "open");

		mvc.perform(get("/api/v1/stats/dashboard").with(accounts.auditor())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/stats/dashboard").with(accounts.tax())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/stats/dashboard").with(accounts.agency())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/stats/dashboard")).andExpect(status().isUnauthorized());
	}

	private String dashboard() throws Exception {
		return mvc.perform(get("/api/v1/stats/dashboard").with(accounts.center()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private static long sum(String json, String path) {
		List<Number> found = JsonPath.read(json, path);
		return found.stream().mapToLong(Number::longValue).sum();
	}

	private static long count(String json, String path) {
		List<Number> found = JsonPath.read(json, path);
		return found.isEmpty() ? 0 : found.get(0).longValue();
	}
}
