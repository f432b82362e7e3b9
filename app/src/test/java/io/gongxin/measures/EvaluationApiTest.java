package io.gongxin.measures;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R-17 grading over each reader's view (R-16b, R-18), the grade as a measure condition, and repair lifting a measure. */
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

	@BeforeEach
	void setUp() throws Exception {
		clock.set(ZonedDateTime.parse("2026-06-01T10:00:00+08:00[Asia/Shanghai]"));
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
		String body = mvc.perform(get("/api/v1/subjects/{id}/evaluation", GRADED).with(accounts.center()))
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
		mvc.perform(post("/api/v1/measure-checks").with(accounts.licensing()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"" + GRADED + "\", \"matter\": \"SUPERVISION\"}"))
			.andExpect(jsonPath("$.measures[?(@.code == 'KEY_SUPERVISION_GRADE_D')].because[*].recordId").value(hasItem((int) serious)));
	}

	/** A person with three exam-cheating records (non-public, HIRING only) and a public penalty, and its account. */
	private Person cheater() throws Exception {
		String id = new SyntheticSubjects(System.nanoTime()).person().id().value();
		String cheating = """
				{"examName": "会计专业技术资格考试", "examDate": "%s", "conduct": "替考", "decisionNumber": "沪考〔2026〕%s号", "decidedOn": "%s", "authority": "市考试院"}""";
		List<Long> cheatings = new java.util.ArrayList<>();
		for (String date : new String[] { "2026-03-02", "2026-04-01", "2026-05-04" }) {
			cheatings.add(personRecord(id, "EXAM_CHEATING", "cheat-" + id + date, date, cheating.formatted(date, date, date)));
		}
		long penalty = personRecord(id, "ADMIN_PENALTY", "pen-" + id, "2026-05-15", penalty("罚款", "2026-05-15"));
		String username = "p-" + Long.toString(System.nanoTime(), 36);
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}""".formatted(username, id)))
			.andExpect(status().isCreated());
		return new Person(id, httpBasic(username, "person-password"), cheatings, penalty);
	}

	record Person(String id, RequestPostProcessor account, List<Long> cheatings, long penalty) {
	}

	private long personRecord(String subject, String item, String ref, String occurredOn, String fields) throws Exception {
		String body = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON).content("""
				{"records": [{"item": "%s", "sourceRef": "%s", "subject": {"type": "NATURAL_PERSON", "id": "%s", "name": "王五"},
				 "occurredOn": "%s", "fields": %s}]}""".formatted(item, ref, subject, occurredOn, fields)))
			.andExpect(jsonPath("$.accepted").value(1)).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	private ResultActions evaluation(String id, RequestPostProcessor who, String... matterAndPurpose) throws Exception {
		var request = get("/api/v1/subjects/{id}/evaluation", id);
		if (matterAndPurpose.length > 0) {
			request.param("matter", matterAndPurpose[0]);
		}
		if (matterAndPurpose.length > 1) {
			request.param("purpose", matterAndPurpose[1]);
		}
		return mvc.perform(who == null ? request : request.with(who));
	}

	@Test
	@DisplayName("R-17 R-16b the subject and the centre read the whole grade, every contribution included")
	void subjectAndCentreSeeEveryContribution() throws Exception {
		Person person = cheater();
		for (RequestPostProcessor who : List.of(person.account(), accounts.center(), accounts.operator())) {
			evaluation(person.id(), who).andExpect(status().isOk())
				.andExpect(jsonPath("$.contributions[*].item", hasItems("EXAM_CHEATING", "ADMIN_PENALTY")))
				.andExpect(jsonPath("$.grade").value("D"));
		}
	}

	@Test
	@DisplayName("R-18 R-16b a querier is graded over its granted matter's items only, and must declare the matter and a purpose")
	void querierSeesItsMatterOnly() throws Exception {
		Person person = cheater();
		evaluation(person.id(), accounts.licensing()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MATTER_REQUIRED"));
		evaluation(person.id(), accounts.licensing(), "SUPERVISION").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MATTER_REQUIRED"));
		evaluation(person.id(), accounts.licensing(), "NO_SUCH_MATTER", "监管").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("UNKNOWN_MATTER"));
		evaluation(person.id(), accounts.licensing(), "HIRING", "招录").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("MATTER_NOT_GRANTED"));
		String body = evaluation(person.id(), accounts.licensing(), "SUPERVISION", "监管").andExpect(status().isOk())
			.andExpect(jsonPath("$.matter").value("SUPERVISION"))
			.andExpect(jsonPath("$.contributions[*].item", not(hasItem("EXAM_CHEATING"))))
			.andExpect(jsonPath("$.contributions[*].recordId", hasItem((int) person.penalty())))
			.andReturn().getResponse().getContentAsString();
		double score = ((Number) JsonPath.read(body, "$.score")).doubleValue();
		double base = ((Number) JsonPath.read(body, "$.base")).doubleValue();
		List<Number> parts = JsonPath.read(body, "$.contributions[*].contribution");
		assertThat(base + parts.stream().mapToDouble(Number::doubleValue).sum()).isCloseTo(score, within(1e-9));
		assertThat((String) JsonPath.read(body, "$.grade")).as("the grade recomputed over the matter").isNotEqualTo("D");
		// a querier granted HIRING (whose items list exam cheating) is graded on it
		evaluation(person.id(), accounts.querier(), "HIRING", "招录").andExpect(status().isOk())
			.andExpect(jsonPath("$.contributions[*].item", hasItem("EXAM_CHEATING")));
		mvc.perform(get("/api/v1/audit/queries").with(accounts.auditor()).param("subject", person.id()))
			.andExpect(jsonPath("$.entries[?(@.channel == 'EVALUATION' && @.organisation == 'APPROVAL')].matter",
					hasItem("SUPERVISION")))
			.andExpect(jsonPath("$.entries[?(@.channel == 'EVALUATION' && @.organisation == 'APPROVAL')].items[*]",
					not(hasItem("EXAM_CHEATING"))));
	}

	@Test
	@DisplayName("R-16b R-31 nobody else reads a grade: auditor, agency, provider, anonymous and another subject get 403")
	void othersReadNoGrade() throws Exception {
		Person person = cheater();
		Person other = cheater();
		for (RequestPostProcessor who : java.util.Arrays.asList(accounts.auditor(), accounts.agency(), accounts.market(),
				accounts.provider(), null, other.account())) {
			evaluation(person.id(), who).andExpect(status().isForbidden());
		}
	}

	@Test
	@DisplayName("R-17 R-18 a report's grade is computed over what its reader sees: the whole for the subject, the matter for a querier, none for others")
	void reportGradeOverTheReadersView() throws Exception {
		Person person = cheater();
		double whole = ((Number) JsonPath.read(evaluation(person.id(), accounts.center()).andReturn().getResponse()
			.getContentAsString(), "$.score")).doubleValue();
		double matter = ((Number) JsonPath.read(evaluation(person.id(), accounts.licensing(), "SUPERVISION", "监管")
			.andReturn().getResponse().getContentAsString(), "$.score")).doubleValue();
		assertThat(matter).isNotEqualTo(whole);
		String own = mvc.perform(get("/api/v1/subjects/{id}/report", person.id()).with(person.account())
			.header("Accept", "text/html")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(own).contains("(" + whole + ")");
		String government = mvc.perform(get("/api/v1/subjects/{id}/report", person.id()).with(accounts.licensing())
			.header("Accept", "text/html").param("matter", "SUPERVISION").param("purpose", "监管"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(government).contains("(" + matter + ")").doesNotContain("(" + whole + ")").doesNotContain("替考");
		// anonymous callers get no person's report at all (issue 12); a provider gets the public one
		for (RequestPostProcessor who : java.util.Arrays.asList(accounts.auditor(), accounts.agency(), accounts.tax())) {
			var request = get("/api/v1/subjects/{id}/report", person.id()).header("Accept", "text/html");
			String html = mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(html).doesNotContain("信用等级（得分）").doesNotContain("(" + whole + ")");
		}
	}

	@Test
	@DisplayName("R-18 R-23 a measure check's reasons name only records of the declared matter: no grade or record outside it")
	void measureReasonsStayInsideTheMatter() throws Exception {
		Person person = cheater();
		String body = mvc.perform(post("/api/v1/measure-checks").with(accounts.licensing()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"" + person.id() + "\", \"matter\": \"SUPERVISION\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measures[?(@.code == 'KEY_SUPERVISION')].because[*].recordId", hasItem((int) person.penalty())))
			// the whole grade is D because of the cheating, but SUPERVISION does not list it, so no grade measure
			.andExpect(jsonPath("$.measures[*].code", not(hasItem("KEY_SUPERVISION_GRADE_D"))))
			.andReturn().getResponse().getContentAsString();
		List<Number> named = JsonPath.read(body, "$.measures[*].because[*].recordId");
		assertThat(named).extracting(Number::longValue).doesNotContainAnyElementsOf(person.cheatings());
		assertThat(body).doesNotContain("考试");
		// where the matter lists the item, the same record is a reason
		mvc.perform(post("/api/v1/measure-checks").with(accounts.querier()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"" + person.id() + "\", \"matter\": \"HIRING\"}"))
			.andExpect(jsonPath("$.measures[?(@.code == 'HIRING_REVIEW')].because[*].recordId",
					hasItem((int) (long) person.cheatings().get(0))));
	}

	@Test
	@DisplayName("R-RP an approved repair lifts the measure the record triggered")
	void repairLiftsAMeasure() throws Exception {
		long penalty = record(REPAIRED, "ADMIN_PENALTY", "e-repair", "2026-01-05", penalty("罚款", "2026-01-05"));
		String check = "{\"subjectId\": \"" + REPAIRED + "\", \"matter\": \"SUPERVISION\"}";
		mvc.perform(post("/api/v1/measure-checks").with(accounts.licensing()).contentType(MediaType.APPLICATION_JSON).content(check))
			.andExpect(jsonPath("$.measures[?(@.code == 'KEY_SUPERVISION')].because[*].recordId").value(hasItem((int) penalty)));
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "repaired-co", "password": "company-password", "role": "SUBJECT", "subjectId": "%s"}""".formatted(REPAIRED)));
		String body = mvc.perform(post("/api/v1/repairs").with(httpBasic("repaired-co", "company-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"recordId\": " + penalty + ", \"statement\": \"已整改\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		Number repair = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/repairs/{id}/decision", repair).with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"approved\": true, \"reason\": \"整改到位\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/measure-checks").with(accounts.licensing()).contentType(MediaType.APPLICATION_JSON).content(check))
			.andExpect(jsonPath("$.measures[*].because[*].recordId", not(hasItem((int) penalty))));
	}
}
