package io.gongxin.query;

import java.time.ZonedDateTime;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Severity;
import io.gongxin.repair.Expiry;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R-27a: the query period runs from the day the dishonest act ended. A continuing act (arrears, a judgment
 * not performed) without an end date has not ended; any other act without one ended the day it occurred.
 * Checked at read time and by the expiry sweep, also under the 2025 three-tier model.
 */
@GongxinTest
class QueryPeriodApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Expiry expiry;

	@Autowired
	Catalogs catalogs;

	final SyntheticSubjects synthetic = new SyntheticSubjects(System.nanoTime());

	private void today(String date) {
		clock.set(ZonedDateTime.parse(date + "T10:00:00+08:00[Asia/Shanghai]"));
	}

	/** A SUBJECT account for the person, who sees its own non-public records. */
	private RequestPostProcessor account(String personId) throws Exception {
		String username = "qp-" + System.nanoTime();
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, personId))).andExpect(status().isCreated());
		return httpBasic(username, "person-password");
	}

	private long submit(String item, String ref, String personId, String occurredOn, String endedOn, String fields)
			throws Exception {
		String body = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + QueryFixture.record(item, ref, "NATURAL_PERSON", personId, occurredOn, endedOn, fields)
					+ "]}"))
			.andExpect(jsonPath("$.accepted").value(1))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	private static String arrears(String decidedOn) {
		return """
				{"taxType": "个人所得税", "amount": 8000, "noticeNumber": "沪税催〔2019〕7号", "decidedOn": "%s", "authority": "市税务局"}"""
			.formatted(decidedOn);
	}

	private ResultActions shown(String personId, RequestPostProcessor subject, long record, boolean shown) throws Exception {
		var request = get("/api/v1/subjects/{id}/profile", personId);
		return mvc.perform(subject == null ? request : request.with(subject))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records[*].id", shown ? hasItem((int) record) : not(hasItem((int) record))));
	}

	/** A person already adult in 2015, the earliest act here. */
	private String adult() {
		return synthetic.person(java.time.LocalDate.of(1960, 1, 1), java.time.LocalDate.of(1990, 12, 31)).id().value();
	}

	private String state(long record) {
		return jdbc.sql("select state from records where record_id = ?").param(record).query(String.class).single();
	}

	@Test
	@DisplayName("R-27a a continuing TAX_ARREARS from 2019 without endedOn is still shown in 2026; with endedOn 2025-06-30 shown until 2030-06-29, gone 2030-06-30")
	void continuingArrearsRunFromTheirEnd() throws Exception {
		String person = adult();
		RequestPostProcessor subject = account(person);
		today("2026-11-18");
		long record = submit("TAX_ARREARS", "qp-arrears-" + person, person, "2019-04-01", null, arrears("2019-05-10"));
		shown(person, subject, record, true);
		mvc.perform(get("/api/v1/catalog")).andExpect(jsonPath("$.items[?(@.code == 'TAX_ARREARS')].continuing").value(hasItem(true)));
		// the arrears are paid: the provider gives the end date, and the five years start then
		submit("TAX_ARREARS", "qp-arrears-" + person, person, "2019-04-01", "2025-06-30", arrears("2019-05-10"));
		today("2030-06-29");
		shown(person, subject, record, true);
		today("2030-06-30");
		shown(person, subject, record, false);
	}

	@Test
	@DisplayName("R-27a the expiry sweep leaves a continuing act without endedOn active, and expires it 5 years after its endedOn")
	void sweepFollowsTheEndOfContinuingActs() throws Exception {
		// dated so that the sweep runs no later than the suite's start day: records other tests read stay untouched
		String person = adult();
		RequestPostProcessor subject = account(person);
		today("2025-06-29");
		long unpaid = submit("TAX_ARREARS", "qp-sweep-unpaid-" + person, person, "2015-04-01", null, arrears("2015-05-10"));
		long paid = submit("TAX_ARREARS", "qp-sweep-paid-" + person, person, "2015-04-01", "2020-06-30", arrears("2015-05-10"));
		expiry.sweep();
		assertThat(state(unpaid)).isEqualTo("ACTIVE");
		assertThat(state(paid)).isEqualTo("ACTIVE");
		shown(person, subject, paid, true);
		today("2025-06-30");
		shown(person, subject, paid, false);
		expiry.sweep();
		assertThat(state(unpaid)).isEqualTo("ACTIVE");
		assertThat(state(paid)).isEqualTo("EXPIRED");
		shown(person, subject, unpaid, true);
	}

	@Test
	@DisplayName("R-27a a non-continuing penalty from 2019 without endedOn ended that day: gone after 5 years, at read time and by the sweep")
	void nonContinuingActsEndTheDayTheyOccur() throws Exception {
		String person = adult();
		today("2024-02-29");
		long penalty = submit("ADMIN_PENALTY", "qp-penalty-" + person, person, "2019-03-01", null, """
				{"decisionNumber": "沪市监罚〔2019〕3号", "penaltyType": "罚款", "decidedOn": "2019-03-01", "authority": "市市场监督管理局"}""");
		shown(person, null, penalty, true);
		expiry.sweep();
		assertThat(state(penalty)).isEqualTo("ACTIVE");
		today("2024-03-01");
		shown(person, null, penalty, false);
		expiry.sweep();
		assertThat(state(penalty)).isEqualTo("EXPIRED");
	}

	@Test
	@DisplayName("R-27a under the 2025 three-tier model a continuing act without endedOn stays, one that ended expires after its tier's period")
	void threeTierModelCountsFromTheEndToo() throws Exception {
		// a day before any record other tests read could fall under a tier: the sweep touches only this test's own
		String person = adult();
		RequestPostProcessor subject = account(person);
		today("2024-05-01");
		long unpaid = submit("TAX_ARREARS", "qp-tier-unpaid-" + person, person, "2019-04-01", null, arrears("2019-05-10"));
		long paid = submit("TAX_ARREARS", "qp-tier-paid-" + person, person, "2019-04-01", "2023-04-30", arrears("2019-05-10"));
		CatalogDocument previous = catalogs.published();
		catalogs.saveDraft(previous.withVersion("2099.qp-tiers").withPublicationBySeverity(
				Map.of(Severity.MINOR, "P3M", Severity.GENERAL, "P1Y", Severity.SERIOUS, "P3Y")), "test");
		catalogs.publish("2099.qp-tiers", "test");
		try {
			shown(person, subject, unpaid, true);
			shown(person, subject, paid, false);
			expiry.sweep();
			assertThat(state(unpaid)).isEqualTo("ACTIVE");
			assertThat(state(paid)).isEqualTo("EXPIRED");
		}
		finally {
			catalogs.saveDraft(previous.withVersion("2099.qp-tiers-off"), "test");
			catalogs.publish("2099.qp-tiers-off", "test");
		}
	}
}
