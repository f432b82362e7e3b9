package io.gongxin.measures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.catalog.Catalogs;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticPerson;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** R-22 to R-24c: every measure of the default application list fires for a subject that meets it, and not for one that does not. */
@GongxinTest
class EveryMeasureTest {

	static final String CASES = """
			GOV_PROCUREMENT, RESTRICT_PROCUREMENT, listed
			GOV_PROCUREMENT, EXCLUDE_BRIBERY, briber
			GOV_PROCUREMENT, PROCUREMENT_PREFERENCE, red
			BIDDING, RESTRICT_BIDDING, listed
			SUBSIDY, RESTRICT_SUBSIDY, listed
			SUBSIDY, SUBSIDY_PREFERENCE, red
			HIRING, HIRING_REVIEW, cheater
			AWARDS, RESTRICT_AWARDS, revoked
			LICENSING, FAST_TRACK, red
			LICENSING, RESTRICT_LEGAL_REPRESENTATIVE, representative
			LICENSING, KEY_REVIEW, listed
			SUPERVISION, KEY_SUPERVISION_GRADE_D, revoked
			SUPERVISION, KEY_SUPERVISION, penalised""";

	private static final Map<String, String> CITY = new HashMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	io.gongxin.TestClock clock;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Subjects subjects;

	@Autowired
	Catalogs catalogs;


	@BeforeEach
	void city() throws Exception {
		if (!CITY.isEmpty()) {
			return;
		}
		SyntheticSubjects generator = new SyntheticSubjects(4242);
		for (String name : new String[] { "listed", "briber", "red", "revoked", "penalised", "clean" }) {
			CITY.put(name, generator.organisation().code().value());
		}
		CITY.put("cheater", generator.person().id().value());
		CITY.put("cleanPerson", generator.person().id().value());
		SyntheticPerson person = generator.person();
		CITY.put("representative", person.id().value());
		Subject representative = subjects.register(person.id(), person.name());
		Subject company = subjects.register(io.gongxin.subject.UnifiedSocialCreditCode.parse(CITY.get("listed")), "上海联动名单测试有限公司");
		subjects.recordLegalRepresentative(company.key(), representative.key(), LocalDate.of(2019, 1, 1));
		list("SERIOUS_DISHONESTY", CITY.get("listed"));
		list("RED", CITY.get("red"));
		String penalty = "{\"decisionNumber\": \"沪罚〔2026〕%s号\", \"penaltyType\": \"%s\", \"decidedOn\": \"2026-02-02\", \"authority\": \"市市场监督管理局\"}";
		// a month before the suite's day, so that the grade (its weights halve every 2 years) is D on any day
		String lastMonth = LocalDate.now(clock).minusMonths(1).toString();
		String recent = penalty.replace("2026-02-02", lastMonth);
		submit("ADMIN_PENALTY", "every-revoked-1", "LEGAL_PERSON", CITY.get("revoked"), lastMonth, recent.formatted("1", "吊销许可证件"));
		submit("ADMIN_PENALTY", "every-revoked-2", "LEGAL_PERSON", CITY.get("revoked"), lastMonth, recent.formatted("2", "责令关闭"));
		submit("ADMIN_PENALTY", "every-penalised", "LEGAL_PERSON", CITY.get("penalised"), "2026-02-02", penalty.formatted("3", "罚款"));
		// within the 3 years these measures look back, whatever day the suite starts on
		String lastYear = LocalDate.now(clock).minusYears(1).toString();
		submit("CRIMINAL_JUDGMENT", "every-bribe", "LEGAL_PERSON", CITY.get("briber"), lastYear, """
				{"caseNumber": "（2025）沪01刑初9号", "court": "市第一中级人民法院", "charge": "对非国家工作人员行贿罪", "sentence": "罚金", "decidedOn": "%s"}"""
			.formatted(lastYear));
		submit("EXAM_CHEATING", "every-cheat", "NATURAL_PERSON", CITY.get("cheater"), lastYear, """
				{"examName": "注册会计师考试", "examDate": "%s", "conduct": "夹带", "decisionNumber": "沪考〔2025〕1号", "decidedOn": "%s", "authority": "市考试院"}"""
			.formatted(lastYear, lastYear));
	}

	private void list(String type, String subject) throws Exception {
		mvc.perform(post("/api/v1/lists/{type}/entries", type).with(accounts.center()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"subjectId": "%s", "reason": "测试", "basis": "测试依据", "decidedOn": "2026-01-01", "validUntil": "2030-01-01"}"""
				.formatted(subject)));
	}

	private void submit(String item, String ref, String type, String subject, String date, String fields) throws Exception {
		mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON).content("""
				{"records": [{"item": "%s", "sourceRef": "%s", "subject": {"type": "%s", "id": "%s"}, "occurredOn": "%s", "fields": %s}]}"""
			.formatted(item, ref, type, subject, date, fields))).andExpect(jsonPath("$.accepted").value(1));
	}

	@ParameterizedTest(name = "{0} {1} fires for {2} and not for a clean subject")
	@CsvSource(textBlock = CASES)
	void firesOnlyWhenItsConditionHolds(String matter, String measure, String trigger) throws Exception {
		boolean person = trigger.equals("cheater") || trigger.equals("representative");
		String clean = CITY.get(person ? "cleanPerson" : "clean");
		String body = "{\"subjectId\": \"%s\", \"matter\": \"" + matter + "\"}";
		mvc.perform(post("/api/v1/measure-checks").with(accounts.querier()).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(CITY.get(trigger)))).andExpect(jsonPath("$.measures[*].code", hasItem(measure)));
		mvc.perform(post("/api/v1/measure-checks").with(accounts.querier()).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(clean))).andExpect(jsonPath("$.measures[*].code", not(hasItem(measure))));
	}

	@Test
	@DisplayName("R-24e every measure of the published application list has its case above")
	void everyMeasureIsCovered() {
		Set<String> published = catalogs.published().matters().stream()
			.flatMap(m -> m.measures().stream().map(measure -> m.code() + "/" + measure.code()))
			.collect(Collectors.toSet());
		Set<String> covered = CASES.lines().map(line -> line.split(",")).map(p -> p[0].strip() + "/" + p[1].strip())
			.collect(Collectors.toSet());
		assertThat(covered).isEqualTo(published);
	}
}
