package io.gongxin.calendar;

import io.gongxin.Eventually;
import io.gongxin.PageSession;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.synthetic.SyntheticPerson;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar cliff (R-WD): at the turn of 2026 only 2025 and 2026 are shipped, yet objections and deletion
 * requests are received and forwarded, their deadlines counted on the provisional 2027 calendar and marked so, and
 * counted again when the centre loads the official 2027 notice.
 */
@GongxinTest
class ProvisionalDeadlinesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	private final SyntheticPerson person = new SyntheticSubjects(System.nanoTime()).person(
			LocalDate.of(1970, 1, 1), LocalDate.of(2000, 12, 31));

	private final String username = "cliff-" + System.nanoTime();

	private RequestPostProcessor subject;

	@BeforeEach
	void accounts() throws Exception {
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, person.id().value()))).andExpect(status().isCreated());
		subject = httpBasic(username, "person-password");
	}

	/** Back to the shipped years: 2027 is not loaded in any other test. */
	@AfterEach
	void forget2027() {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("delete from calendar_years where year = 2027").update();
			events.publishEvent(new CalendarYearChanged(2027));
		});
		clock.reset();
	}

	private PageSession login(String user, String password) throws Exception {
		return PageSession.login(mvc, user, password);
	}

	private void today(String date) {
		clock.set(ZonedDateTime.parse(date + "T10:00:00+08:00[Asia/Shanghai]"));
	}

	private long record(String item, String ref, String fields) throws Exception {
		String body = json(post("/api/v1/records"), accounts.market(), """
				{"records": [{"item": "%s", "sourceRef": "%s", "subject": {"type": "NATURAL_PERSON", "id": "%s", "name": "%s"},
				 "occurredOn": "2025-06-02", "fields": %s}]}""".formatted(item, ref + System.nanoTime(), person.id().value(),
				person.name(), fields))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	private long penalty() throws Exception {
		return record("ADMIN_PENALTY", "cliff-penalty-", """
				{"decisionNumber": "沪市监罚〔2025〕77号", "penaltyType": "罚款", "decidedOn": "2025-06-02", "authority": "市市场监督管理局", "amount": 1}""");
	}

	private org.springframework.test.web.servlet.ResultActions json(MockHttpServletRequestBuilder request,
			RequestPostProcessor caller, String body) throws Exception {
		return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long object(long recordId, String expectedCompareBy, boolean provisional) throws Exception {
		String body = json(post("/api/v1/objections"), subject, """
				{"recordId": %d, "reason": "ERROR_OR_OMISSION", "statement": "处罚金额记载有误"}""".formatted(recordId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.compareBy").value(expectedCompareBy))
			.andExpect(jsonPath("$.deadlinesProvisional").value(provisional))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	@DisplayName("R-WD R-29a R-29b R-27b at the turn of 2026 objections are received and forwarded and deletions accepted, "
			+ "their 2027 deadlines provisional, then recomputed and final once the centre loads the official 2027 notice")
	void theCalendarCliff() throws Exception {
		long forwarded = penalty();
		long late = penalty();
		long commendation = record("COMMENDATION", "cliff-commendation-", """
				{"title": "优秀志愿者", "awardedBy": "区文明办", "awardedOn": "2025-06-02"}""");

		// R-29a: received Monday 28 December, compared by Wednesday 30 December (2026 days, final)
		today("2026-12-28");
		long first = object(forwarded, "2026-12-30", false);
		// R-29b: forwarded on the 29th; the provider's 5 working days run into 2027: 30, 31 Dec, 4, 5, 6 Jan
		today("2026-12-29");
		json(post("/api/v1/objections/{id}/comparison", first), accounts.operator(), "{\"matchesProvider\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FORWARDED"))
			.andExpect(jsonPath("$.verifyBy").value("2027-01-06"))
			.andExpect(jsonPath("$.deadlinesProvisional").value(true));
		Eventually.holds(() -> mvc.perform(get("/api/v1/notices").with(accounts.market()))
			.andExpect(jsonPath("$[*].message", hasItem(containsString("2027-01-06（暂定")))));
		// R-27b: a deletion request on the 30th is due on 31 December and, after 元旦, 4 January 2027
		today("2026-12-30");
		json(post("/api/v1/deletion-requests"), subject, "{\"recordId\": " + commendation + "}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dueBy").value("2027-01-04"))
			.andExpect(jsonPath("$.dueByProvisional").value(true));
		// R-29a: received on the 31st; 元旦 and a weekend follow, so it is compared by Tuesday 5 January 2027
		today("2026-12-31");
		long second = object(late, "2027-01-05", true);
		mvc.perform(get("/api/v1/objections").with(accounts.center()))
			.andExpect(jsonPath("$[?(@.id == " + first + ")].deadline").value(hasItem("2027-01-06")))
			.andExpect(jsonPath("$[?(@.id == " + first + ")].deadlinesProvisional").value(hasItem(true)));
		mvc.perform(get("/console/objections").with(login("t-center", TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2027-01-06</span><span class=\"muted\"")))
			.andExpect(content().string(containsString("（暂定）")));
		mvc.perform(get("/me/repairs").with(login(username, "person-password"))).andExpect(content().string(containsString("（暂定）")));

		// the centre loads 2027 with a (made-up) adjusted working day on Saturday 2 January
		json(put("/api/v1/calendar/years/2027"), accounts.center(), """
				{"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知（测试）",
				 "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
				          {"name": "元旦", "date": "2027-01-02", "isOffDay": false}]}""").andExpect(status().isOk());
		mvc.perform(get("/api/v1/objections/{id}", first).with(subject))
			.andExpect(jsonPath("$.verifyBy").value("2027-01-05"))
			.andExpect(jsonPath("$.deadlinesProvisional").value(false));
		// the statistics count the objection against its recounted deadline (the recount is published as a step)
		Eventually.holds(() -> assertThat(jdbc.sql("select due_on from stats_objections where objection_id = ?")
			.param(first)
			.query(LocalDate.class)
			.optional()).contains(LocalDate.of(2027, 1, 5)));
		mvc.perform(get("/api/v1/objections/{id}", second).with(subject))
			.andExpect(jsonPath("$.compareBy").value("2027-01-04"))
			.andExpect(jsonPath("$.correctBy").value("2027-01-04"))
			.andExpect(jsonPath("$.deadlinesProvisional").value(false));
		mvc.perform(get("/me/repairs").with(login(username, "person-password")))
			.andExpect(content().string(containsString("2027-01-02")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("（暂定）"))));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-12-30").param("add", "2"))
			.andExpect(jsonPath("$.date").value("2027-01-02"))
			.andExpect(jsonPath("$.provisional").value(false));
	}

	@Autowired
	java.util.List<io.gongxin.calendar.CountedDeadlines> counted;

	@Test
	@DisplayName("R-WD a deadline stored on provisional days after another node loaded the year is put right by the catch-up count")
	void catchUpAfterAnotherNodeLoadedTheYear() throws Exception {
		long record = penalty();
		today("2026-12-31");
		long id = object(record, "2027-01-05", true);
		// another node stores the 2027 notice: no event reaches this node's modules, only the notice to clear caches
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("insert into calendar_years (year, source, loaded_by) values (2027, '另一节点载入（测试）', 't-center')").update();
			jdbc.sql("insert into calendar_days (day, year, off_day, name) values ('2027-01-01', 2027, true, '元旦'), "
					+ "('2027-01-02', 2027, false, '元旦')").update();
			jdbc.sql("select pg_notify('gongxin_cache', 'calendar')").query().listOfRows();
		});
		mvc.perform(get("/api/v1/objections/{id}", id).with(subject)).andExpect(jsonPath("$.compareBy").value("2027-01-05"));
		// this node's calendar is cleared as soon as the notice arrives
		long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		while (JsonPath.<Boolean>read(mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-12-30")
			.param("add", "2")).andReturn().getResponse().getContentAsString(), "$.provisional")) {
			assertThat(System.nanoTime()).as("the calendar notice arrives").isLessThan(until);
			Thread.sleep(50);
		}
		transactions.executeWithoutResult(tx -> counted.forEach(deadlines -> deadlines.recount(2027)));
		mvc.perform(get("/api/v1/objections/{id}", id).with(subject))
			.andExpect(jsonPath("$.compareBy").value("2027-01-04"))
			.andExpect(jsonPath("$.deadlinesProvisional").value(false));
	}

	@Test
	@DisplayName("R-WD R-29a in 2028, with neither 2027 nor 2028 loaded, an objection is received with provisional deadlines")
	void year2028() throws Exception {
		long record = penalty();
		// Friday 21 January 2028: 24 January, then 除夕 25 to 初三 28 January off, 31 January
		today("2028-01-21");
		long id = object(record, "2028-01-31", true);
		mvc.perform(get("/me/objections").with(login(username, "person-password")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2028-01-31")))
			.andExpect(content().string(containsString("（暂定）")));
		mvc.perform(get("/api/v1/objections/{id}", id).with(accounts.market())).andExpect(status().isOk())
			.andExpect(jsonPath("$.deadlinesProvisional").value(true));
	}
}
