package io.gongxin.measures;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R-17 grading, the grade as a measure condition, and repair lifting a measure. */
@GongxinTest
class EvaluationApiTest {

	static final String GRADED = "91310104MA1K00005L";

	static final String REPAIRED = "91310104MA1K00006P";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	final RequestPostProcessor procurement = httpBasic("procurement", "procurement-demo");

	@BeforeEach
	void setUp() throws Exception {
		accounts.ensure();
		clock.set(ZonedDateTime.parse("2026-06-01T10:00:00+08:00[Asia/Shanghai]"));
	}

	@AfterEach
	void reset() {
		clock.reset();
	}

	private long record(String subject, String item, String ref, String occurredOn, String fields) throws Exception {
		String body = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON).content("""
				{"records": [{"item": "%s", "sourceRef": "%s", "subject": {"type": "LEGAL_PERSON", "id": "%s"},
				 "occurredOn": "%s", "fields": %s}]}""".formatted(item, ref, subject, occurredOn, fields)))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	private static String penalty(String type, String date) {
		return """
				{"decisionNumber": "沪市监罚〔2026〕%s号", "penaltyType": "%s", "decidedOn": "%s", "authority": "市市场监督管理局"}"""
			.formatted(date, type, date);
	}

	@Test
	@DisplayName("R-17 the grade comes with each record's contribution, and they add up to the score")
	void gradeIsExplained() throws Exception {
		long serious = record(GRADED, "ADMIN_PENALTY", "e-serious", "2026-05-01", penalty("吊销许可证件", "2026-05-01"));
		long general = record(GRADED, "ADMIN_PENALTY", "e-general", "2024-06-01", penalty("罚款", "2024-06-01"));
		long award = record(GRADED, "COMMENDATION", "e-award", "2026-01-01",
				"{\"title\": \"纳税信用A级\", \"awardedBy\": \"市税务局\", \"awardedOn\": \"2026-01-01\"}");
		String body = mvc.perform(get("/api/v1/subjects/{id}/evaluation", GRADED).with(procurement))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		double score = ((Number) JsonPath.read(body, "$.score")).doubleValue();
		double base = ((Number) JsonPath.read(body, "$.base")).doubleValue();
		List<Number> parts = JsonPath.read(body, "$.contributions[*].contribution");
		assertThat(base + parts.stream().mapToDouble(Number::doubleValue).sum()).isCloseTo(score, within(1e-9));
		List<Map<String, Object>> contributions = JsonPath.read(body, "$.contributions");
		assertThat(contributions).extracting(c -> ((Number) c.get("recordId")).longValue()).contains(serious, general, award);
		// a serious penalty a month old weighs almost all its 40 points; a general one two years old half of its 15
		assertThat(contributions).filteredOn(c -> ((Number) c.get("recordId")).longValue() == general)
			.extracting(c -> ((Number) c.get("contribution")).doubleValue()).containsExactly(-7.5);
		assertThat(score).isLessThan(70);
		assertThat((String) JsonPath.read(body, "$.grade")).isEqualTo("D");
		mvc.perform(post("/api/v1/measure-checks").with(procurement).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"" + GRADED + "\", \"matter\": \"SUPERVISION\"}"))
			.andExpect(jsonPath("$.measures[?(@.code == 'KEY_SUPERVISION_GRADE_D')].because[*].recordId").value(hasItem((int) serious)));
	}

	@Test
	void onlyTheSubjectTheCentreQueriersAndAuditorsReadAGrade() throws Exception {
		record(GRADED, "ADMIN_PENALTY", "e-who", "2026-05-02", penalty("罚款", "2026-05-02"));
		mvc.perform(get("/api/v1/subjects/{id}/evaluation", GRADED)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/subjects/{id}/evaluation", GRADED).with(accounts.agency())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/subjects/{id}/evaluation", GRADED).with(accounts.market())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/subjects/{id}/evaluation", GRADED).with(accounts.auditor())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/subjects/{id}/evaluation", GRADED).with(accounts.center())).andExpect(status().isOk());
	}

	@Test
	@DisplayName("R-RP an approved repair lifts the measure the record triggered")
	void repairLiftsAMeasure() throws Exception {
		long penalty = record(REPAIRED, "ADMIN_PENALTY", "e-repair", "2026-01-05", penalty("罚款", "2026-01-05"));
		String check = "{\"subjectId\": \"" + REPAIRED + "\", \"matter\": \"SUPERVISION\"}";
		mvc.perform(post("/api/v1/measure-checks").with(procurement).contentType(MediaType.APPLICATION_JSON).content(check))
			.andExpect(jsonPath("$.measures[?(@.code == 'KEY_SUPERVISION')].because[*].recordId").value(hasItem((int) penalty)));
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "repaired-co", "password": "company-password", "role": "SUBJECT", "subjectId": "%s"}""".formatted(REPAIRED)));
		String body = mvc.perform(post("/api/v1/repairs").with(httpBasic("repaired-co", "company-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"recordId\": " + penalty + ", \"statement\": \"已整改\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		Number repair = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/repairs/{id}/decision", repair).with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"approved\": true, \"reason\": \"整改到位\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/measure-checks").with(procurement).contentType(MediaType.APPLICATION_JSON).content(check))
			.andExpect(jsonPath("$.measures[*].because[*].recordId", not(hasItem((int) penalty))));
	}
}
