package io.gongxin.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.synthetic.SyntheticPerson;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R-WD on the console: the centre administrator loads a year's holiday notice from a form (checked row by row,
 * previewed, then saved, deadlines counted again), and from 1 November the console reminds it of a missing next year.
 */
@GongxinTest
class CalendarPagesTest {

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

	private static final String SOURCE = "国务院办公厅关于2027年部分节假日安排的通知（测试）";

	/** Back to the shipped years: 2027 is not loaded in any other test. */
	@AfterEach
	void forget2027() {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("delete from calendar_years where year = 2027").update();
			events.publishEvent(new CalendarYearChanged(2027));
		});
		clock.reset();
	}

	private PageSession center() throws Exception {
		return PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
	}

	private static MockHttpServletRequestBuilder notice(String action) {
		return post("/console/calendar/notice").with(csrf()).param("action", action).param("year", "2027")
			.param("source", SOURCE);
	}

	private boolean loaded2027() {
		return jdbc.sql("select count(*) from calendar_years where year = 2027").query(Long.class).single() > 0;
	}

	@Test
	@DisplayName("R-WD a notice with a weekday adjusted working day, a date outside the year and overlapping holidays is refused, each row named, with what was typed kept")
	void badNoticeRefused() throws Exception {
		String page = mvc.perform(notice("save").with(center())
			.param("holidayName", "春节", "劳动节", "五一（重复）").param("holidayFrom", "2027-02-06", "2027-05-01", "2027-05-03")
			.param("holidayTo", "2027-02-13", "2027-05-05", "2027-05-04")
			.param("workdayName", "春节", "元旦").param("workdayDate", "2027-02-15", "2028-01-02"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("放假安排有误，尚未保存", "放假第3行与第2行重叠（2027-05-03）",
				"调休第1行：2027-02-15 不是周六或周日", "调休第2行：日期 2028-01-02 不在 2027 年内")
			.contains("value=\"五一（重复）\"", "value=\"2027-02-15\"", "value=\"" + SOURCE + "\"")
			.doesNotContain("id=\"notice-preview\"");
		assertThat(loaded2027()).isFalse();
		mvc.perform(notice("preview").with(center()).param("holidayName", "元旦").param("holidayFrom", "2027-13-01"))
			.andExpect(content().string(containsString("放假第1行：“放假自”不是有效日期")));
	}

	@Test
	@DisplayName("R-WD R-29a a good 2027 notice is previewed (days off and on) without saving, then saved, and an objection's provisional deadline is counted again on it")
	void goodNoticePreviewedSavedAndDeadlinesRecounted() throws Exception {
		String username = "h5-cal-" + System.nanoTime();
		SyntheticPerson person = new SyntheticSubjects(System.nanoTime()).person(LocalDate.of(1970, 1, 1),
				LocalDate.of(2000, 12, 31));
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, person.id().value()))).andExpect(status().isCreated());
		String submitted = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "h5-cal-%d", "subject": {"type": "NATURAL_PERSON", "id": "%s", "name": "%s"},
					 "occurredOn": "2025-06-02", "fields": {"decisionNumber": "沪市监罚〔2025〕78号", "penaltyType": "罚款",
					 "decidedOn": "2025-06-02", "authority": "市市场监督管理局", "amount": 1}}]}"""
				.formatted(System.nanoTime(), person.id().value(), person.name())))
			.andReturn().getResponse().getContentAsString();
		long record = ((Number) JsonPath.read(submitted, "$.results[0].recordId")).longValue();
		// received on 31 December 2026: 元旦 and a weekend follow, so on the provisional calendar it is due 5 January
		clock.set(ZonedDateTime.parse("2026-12-31T10:00:00+08:00[Asia/Shanghai]"));
		String objection = mvc.perform(post("/api/v1/objections").with(httpBasic(username, "person-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recordId\": " + record + ", \"reason\": \"ERROR_OR_OMISSION\", \"statement\": \"金额有误\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.compareBy").value("2027-01-05"))
			.andExpect(jsonPath("$.deadlinesProvisional").value(true))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(objection, "$.id")).longValue();

		PageSession center = center();
		// a (made-up) notice: 元旦 off on Friday 1 January, Saturday 2 January worked instead
		mvc.perform(notice("preview").with(center).param("holidayName", "元旦").param("holidayFrom", "2027-01-01")
			.param("holidayTo", "2027-01-01").param("workdayName", "元旦").param("workdayDate", "2027-01-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notice-preview\"")))
			.andExpect(content().string(containsString("2027 年预览：放假 1 天，调休上班 1 天")))
			.andExpect(content().string(containsString("星期六")))
			.andExpect(content().string(containsString("保存 2027 年放假安排")));
		assertThat(loaded2027()).as("a preview saves nothing").isFalse();

		mvc.perform(notice("save").with(center).param("holidayName", "元旦").param("holidayFrom", "2027-01-01")
			.param("holidayTo", "2027-01-01").param("workdayName", "元旦").param("workdayDate", "2027-01-02"))
			.andExpect(redirectedUrl("/console/calendar"))
			.andExpect(flash().attribute("noticeKey", "calendar.notice.saved"));
		assertThat(loaded2027()).isTrue();
		mvc.perform(get("/api/v1/objections/{id}", id).with(httpBasic(username, "person-password")))
			.andExpect(jsonPath("$.compareBy").value("2027-01-04"))
			.andExpect(jsonPath("$.deadlinesProvisional").value(false));
		mvc.perform(get("/console/calendar").with(center)).andExpect(content().string(containsString(SOURCE)));
	}

	@Test
	@DisplayName("R-WD from 1 November (Asia/Shanghai) the console home and the calendar page warn that next year's notice is missing; not on 31 October, nor once it is loaded")
	void novemberReminder() throws Exception {
		PageSession center = center();
		clock.set(ZonedDateTime.parse("2026-10-31T23:30:00+08:00[Asia/Shanghai]"));
		mvc.perform(get("/console").with(center)).andExpect(content().string(not(containsString("calendar-reminder"))));
		mvc.perform(get("/console/calendar").with(center)).andExpect(content().string(not(containsString("calendar-reminder"))));

		clock.set(ZonedDateTime.parse("2026-11-01T00:30:00+08:00[Asia/Shanghai]"));
		for (String page : new String[] { "/console", "/console/calendar" }) {
			mvc.perform(get(page).with(center))
				.andExpect(content().string(containsString("id=\"calendar-reminder\"")))
				.andExpect(content().string(containsString("2027 年放假安排尚未载入")));
		}
		mvc.perform(get("/console").with(PageSession.login(mvc, "t-auditor", TestAccounts.PASSWORD)))
			.andExpect(content().string(containsString("2027 年放假安排尚未载入")));

		mvc.perform(notice("save").with(center).param("holidayName", "元旦").param("holidayFrom", "2027-01-01"))
			.andExpect(redirectedUrl("/console/calendar"));
		mvc.perform(get("/console").with(center)).andExpect(content().string(not(containsString("calendar-reminder"))));
	}

	@Test
	@DisplayName("R-WD only the centre administrator loads a notice: the operator and auditor see the years without the form and are refused")
	void onlyTheAdministratorLoads() throws Exception {
		for (String user : new String[] { "t-operator", "t-auditor" }) {
			PageSession session = PageSession.login(mvc, user, TestAccounts.PASSWORD);
			mvc.perform(get("/console/calendar").with(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("2026")))
				.andExpect(content().string(not(containsString("notice-form"))));
			mvc.perform(notice("save").with(session).param("holidayName", "元旦").param("holidayFrom", "2027-01-01"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(notice("save").param("holidayName", "元旦").param("holidayFrom", "2027-01-01"))
			.andExpect(status().is3xxRedirection());
		assertThat(loaded2027()).isFalse();
	}
}
