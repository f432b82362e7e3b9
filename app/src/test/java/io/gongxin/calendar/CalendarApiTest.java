package io.gongxin.calendar;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
class CalendarApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	@DisplayName("R-WD GET /calendar/working-days answers the N-th working day after a date, for anyone")
	void answersWorkingDays() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-09-30").param("add", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-09-30"))
			.andExpect(jsonPath("$.add").value(5))
			.andExpect(jsonPath("$.date").value("2026-10-13"))
			.andExpect(jsonPath("$.provisional").value(false));
	}

	@Test
	@DisplayName("R-WD across 2026 into 2027, whose notice is not loaded, the answer is provisional; within 2026 it is not")
	void provisionalAcrossTheYear() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-12-30").param("add", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-12-30"))
			.andExpect(jsonPath("$.date").value("2027-01-04"))
			.andExpect(jsonPath("$.provisional").value(true));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-12-28").param("add", "2"))
			.andExpect(jsonPath("$.date").value("2026-12-30"))
			.andExpect(jsonPath("$.provisional").value(false));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2028-01-21").param("add", "3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2028-02-01"))
			.andExpect(jsonPath("$.provisional").value(true));
	}

	@Test
	@DisplayName("R-WD only an absurd year, outside the range of the amended holiday rules, answers 400 UNKNOWN_CALENDAR_YEAR")
	void unknownYear() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2150-03-02").param("add", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("UNKNOWN_CALENDAR_YEAR"))
			.andExpect(jsonPath("$.year").value(2150))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").exists())
			.andExpect(jsonPath("$.detail").exists());
	}

	@Test
	void badParametersAreProblems() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-02-30").param("add", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-02-03").param("add", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-02-03").param("add", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
		mvc.perform(get("/api/v1/calendar/working-days").param("add", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
	}

	private static final String YEAR_2030 = """
			{"year": 2030, "source": "国务院办公厅关于2030年部分节假日安排的通知（测试）",
			 "days": [{"name": "元旦", "date": "2030-01-01", "isOffDay": true},
			          {"name": "春节", "date": "2030-02-04", "isOffDay": true},
			          {"name": "春节", "date": "2030-02-09", "isOffDay": false}]}""";

	@Test
	@DisplayName("R-WD the centre adds a later year as data and it counts at once")
	void centreAddsAYear() throws Exception {
		mvc.perform(put("/api/v1/calendar/years/2030").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content(YEAR_2030)).andExpect(status().isOk()).andExpect(jsonPath("$.days.length()").value(3));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2030-02-01").param("add", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2030-02-05"))
			.andExpect(jsonPath("$.provisional").value(false));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2030-02-08").param("add", "1"))
			.andExpect(jsonPath("$.date").value("2030-02-09"));
		mvc.perform(get("/api/v1/calendar/years")).andExpect(jsonPath("$[*].year", hasItem(2030)));
	}

	@Test
	@DisplayName("R-WD only the centre administrator loads a year: anonymous 401, provider and auditor 403")
	void onlyTheCentreAdministratorLoadsYears() throws Exception {
		mvc.perform(put("/api/v1/calendar/years/2030").contentType(MediaType.APPLICATION_JSON).content(YEAR_2030))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
		mvc.perform(put("/api/v1/calendar/years/2030").with(accounts.provider())
			.contentType(MediaType.APPLICATION_JSON)
			.content(YEAR_2030)).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
		mvc.perform(put("/api/v1/calendar/years/2030").with(accounts.auditor())
			.contentType(MediaType.APPLICATION_JSON)
			.content(YEAR_2030)).andExpect(status().isForbidden());
	}

	@Test
	void aYearWithDaysOutsideItIsRefused() throws Exception {
		mvc.perform(put("/api/v1/calendar/years/2031").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"source": "x", "days": [{"name": "元旦", "date": "2030-01-01", "isOffDay": true}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_CALENDAR"));
		mvc.perform(put("/api/v1/calendar/years/2031").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
		mvc.perform(get("/api/v1/calendar/years/2031"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_CALENDAR_YEAR"));
	}
}
