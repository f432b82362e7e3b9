package io.gongxin.measures;

import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R-22 the red list's exit on new dishonesty, R-24b the 3-year legal-representative bar, R-24d the persons an entry names. */
@GongxinTest
class ListsAndBarsApiTest {

	static final String BAR = "RESTRICT_LEGAL_REPRESENTATIVE";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Subjects subjects;

	@Autowired
	TestClock clock;

	final SyntheticSubjects city = new SyntheticSubjects(System.nanoTime());

	/** The one place a measure check is made: through the test querier, whose organisation holds every matter. */
	private ResultActions check(String subject, String matter) throws Exception {
		return json(post("/api/v1/measure-checks"), accounts.querier(), """
				{"subjectId": "%s", "matter": "%s"}""".formatted(subject, matter)).andExpect(status().isOk());
	}

	private ResultActions json(MockHttpServletRequestBuilder request, RequestPostProcessor caller, String body) throws Exception {
		return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private void setToday(LocalDate day) {
		clock.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")));
	}

	private long list(String type, String subject, LocalDate decidedOn, LocalDate validUntil, String persons) throws Exception {
		String body = json(post("/api/v1/lists/{type}/entries", type), accounts.center(), """
				{"subjectId": "%s", "reason": "测试事由", "basis": "测试依据", "decidedOn": "%s", "validUntil": "%s"%s}"""
			.formatted(subject, decidedOn, validUntil, persons))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private long penalty(String subject, LocalDate decidedOn, String penaltyType) throws Exception {
		String body = json(post("/api/v1/records"), accounts.market(), """
				{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "bar-%d", "subject": {"type": "LEGAL_PERSON", "id": "%s"},
				 "occurredOn": "%s", "fields": {"decisionNumber": "沪市监罚〔%d〕1号", "penaltyType": "%s", "decidedOn": "%s",
				 "authority": "市市场监督管理局"}}]}""".formatted(System.nanoTime(), subject, decidedOn, decidedOn.getYear(),
					penaltyType, decidedOn))
			.andExpect(jsonPath("$.accepted").value(1)).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	/** A company and its legal representative since long before, both registered; returns {company, person}. */
	private String[] companyWithRepresentative() {
		SyntheticOrganisation organisation = city.organisation();
		Subject company = subjects.register(organisation.code(), organisation.name());
		Subject person = subjects.register(organisation.legalRepresentative().id(), organisation.legalRepresentative().name());
		subjects.recordLegalRepresentative(company.key(), person.key(), LocalDate.of(2015, 1, 1));
		return new String[] { organisation.code().value(), organisation.legalRepresentative().id().value() };
	}

	@Test
	@DisplayName("R-22 a red-list FAST_TRACK stops once the subject has a new dishonesty record, and the entry leaves the public list")
	void redListEndsOnNewDishonesty() throws Exception {
		String company = city.organisation().code().value();
		LocalDate decided = today().minusDays(60);
		long entry = list("RED", company, decided, today().plusYears(1), "");
		// a dishonesty record from before the decision does not end the entry
		penalty(company, decided.minusDays(10), "罚款");
		check(company, "LICENSING")
			.andExpect(jsonPath("$.measures[?(@.code == 'FAST_TRACK')].because[*].listEntryId").value(hasItem((int) entry)));
		mvc.perform(get("/api/v1/lists/RED/entries")).andExpect(jsonPath("$.entries[*].id", hasItem((int) entry)));

		penalty(company, today().minusDays(1), "罚款");
		check(company, "LICENSING").andExpect(jsonPath("$.measures[*].code", not(hasItem("FAST_TRACK"))));
		check(company, "GOV_PROCUREMENT").andExpect(jsonPath("$.measures[*].code", not(hasItem("PROCUREMENT_PREFERENCE"))));
		mvc.perform(get("/api/v1/lists/RED/entries")).andExpect(jsonPath("$.entries[*].id", not(hasItem((int) entry))));
		mvc.perform(get("/portal/lists")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(not(containsString(company))));
		mvc.perform(get("/api/v1/lists/RED/entries/history").with(accounts.auditor()))
			.andExpect(jsonPath("$.entries[?(@.id == " + entry + ")].endedOn").value(hasItem(today().minusDays(1).toString())))
			.andExpect(jsonPath("$.entries[?(@.id == " + entry + ")].endReason").value(hasItem("NEW_DISHONESTY_RECORD")));
	}

	@Test
	@DisplayName("R-22 a red-list incentive stops on a new dishonesty record even of an item the querier's matter does not see")
	void redListEndsOnDishonestyOutsideTheMatter() throws Exception {
		String company = city.organisation().code().value();
		list("RED", company, today().minusDays(30), today().plusYears(1), "");
		check(company, "LICENSING").andExpect(jsonPath("$.measures[*].code", hasItem("FAST_TRACK")));
		// a liability accident is not among LICENSING's items, yet it ends the red-list entry for every matter
		json(post("/api/v1/records"), accounts.market(), """
				{"records": [{"item": "LIABILITY_ACCIDENT", "sourceRef": "acc-%d", "subject": {"type": "LEGAL_PERSON", "id": "%s"},
				 "occurredOn": "%s", "fields": {"accidentType": "安全生产", "description": "一般生产安全事故",
				 "decisionNumber": "沪应急罚〔%d〕3号", "decidedOn": "%s", "authority": "市应急管理局"}}]}"""
			.formatted(System.nanoTime(), company, today().minusDays(1), today().getYear(), today().minusDays(1)))
			.andExpect(jsonPath("$.accepted").value(1));
		check(company, "LICENSING").andExpect(jsonPath("$.measures[*].code", not(hasItem("FAST_TRACK"))))
			.andExpect(jsonPath("$.measures[*].because[*].recordId").isEmpty());
		check(company, "GOV_PROCUREMENT").andExpect(jsonPath("$.measures[*].code", not(hasItem("PROCUREMENT_PREFERENCE"))));
	}

	@Test
	@DisplayName("R-24b revoking the business licence bars the legal representative for exactly 3 years; revoking a permit does not")
	void businessLicenceRevocationBarsForThreeYears() throws Exception {
		// every day visited lies before the suite's start, so no query is logged in the future of other tests
		LocalDate decided = today().minusYears(3).minusDays(10);
		setToday(decided.plusDays(9));
		String[] revoked = companyWithRepresentative();
		String[] permit = companyWithRepresentative();
		long revocation = penalty(revoked[0], decided, "吊销营业执照");
		penalty(permit[0], decided, "吊销许可证件");

		check(revoked[1], "LICENSING")
			.andExpect(jsonPath("$.measures[?(@.code == '" + BAR + "')].because[*].recordId").value(hasItem((int) revocation)))
			.andExpect(jsonPath("$.measures[?(@.code == '" + BAR + "')].because[*].reason").value(hasItem(containsString(revoked[0]))));
		check(permit[1], "LICENSING").andExpect(jsonPath("$.measures[*].code", not(hasItem(BAR))));

		setToday(decided.plusYears(3).minusDays(1));
		check(revoked[1], "LICENSING").andExpect(jsonPath("$.measures[*].code", hasItem(BAR)));
		setToday(decided.plusYears(3));
		check(revoked[1], "LICENSING").andExpect(jsonPath("$.measures[*].code", not(hasItem(BAR))));
		setToday(decided.plusYears(3).plusDays(1));
		check(revoked[1], "LICENSING").andExpect(jsonPath("$.measures[*].code", not(hasItem(BAR))));
	}

	@Test
	@DisplayName("R-24b a serious-dishonesty listing of the company bars its legal representative for 3 years from the listing")
	void seriousDishonestyListingBars() throws Exception {
		LocalDate decided = today().minusYears(3).minusDays(10);
		setToday(decided.plusDays(1));
		String[] listed = companyWithRepresentative();
		String[] clean = companyWithRepresentative();
		long entry = list("SERIOUS_DISHONESTY", listed[0], decided, decided.plusYears(1), "");
		check(listed[1], "LICENSING")
			.andExpect(jsonPath("$.measures[?(@.code == '" + BAR + "')].because[*].listEntryId").value(hasItem((int) entry)));
		check(clean[1], "LICENSING").andExpect(jsonPath("$.measures[*].code", not(hasItem(BAR))));
		// the bar outlives a one-year listing: 3 years from the decision, not a day more
		setToday(decided.plusYears(3).minusDays(1));
		check(listed[1], "LICENSING").andExpect(jsonPath("$.measures[*].code", hasItem(BAR)));
		setToday(decided.plusYears(3));
		check(listed[1], "LICENSING").andExpect(jsonPath("$.measures[*].code", not(hasItem(BAR))));
	}

	@Test
	@DisplayName("R-24d a list entry names the legal representative, principal and directly responsible persons, never their id numbers")
	void entryNamesPersons() throws Exception {
		SyntheticOrganisation organisation = city.organisation();
		String company = organisation.code().value();
		subjects.register(organisation.code(), organisation.name());
		String representativeId = organisation.legalRepresentative().id().value();
		String responsibleId = city.person().id().value();
		String persons = """
				, "legalRepresentative": {"name": "钱法代", "idNumber": "%s"}, "principal": {"name": "孙负责"},
				"responsiblePersons": [{"name": "李直责", "idNumber": "%s"}, {"name": "周直责"}]"""
			.formatted(representativeId, responsibleId);
		long entry = list("SERIOUS_DISHONESTY", company, today().minusDays(5), today().plusYears(1), persons);
		String published = mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries"))
			.andExpect(jsonPath("$.entries[?(@.id == " + entry + ")].legalRepresentative").value(hasItem("钱法代")))
			.andExpect(jsonPath("$.entries[?(@.id == " + entry + ")].principal").value(hasItem("孙负责")))
			.andExpect(jsonPath("$.entries[?(@.id == " + entry + ")].responsiblePersons[*]").value(hasItem("李直责")))
			.andExpect(jsonPath("$.entries[?(@.id == " + entry + ")].responsiblePersons[*]").value(hasItem("周直责")))
			.andReturn().getResponse().getContentAsString();
		assertThat(published).doesNotContain(representativeId).doesNotContain(responsibleId);
		String page = mvc.perform(get("/portal/lists")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("钱法代", "孙负责", "李直责", "周直责").doesNotContain(representativeId, responsibleId);
		// the centre sees the numbers masked, never whole
		String history = mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries/history").with(accounts.auditor()))
			.andExpect(jsonPath("$.entries[?(@.id == " + entry + ")].persons.legalRepresentative.maskedId")
				.value(hasItem(organisation.legalRepresentative().id().masked())))
			.andReturn().getResponse().getContentAsString();
		assertThat(history).doesNotContain(representativeId).doesNotContain(responsibleId);
	}

	@Test
	@DisplayName("R-24d the persons are bounded and checked; only the centre enters them, and only for an organisation")
	void personsAreBounded() throws Exception {
		String company = city.organisation().code().value();
		String entry = """
				{"subjectId": "%s", "reason": "x", "basis": "x", "decidedOn": "%s", "validUntil": "%s", %s}""";
		String principal = "\"principal\": {\"name\": \"孙负责\"}";
		json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries"), accounts.center(), entry.formatted(company, today().minusDays(1),
				today().plusYears(1), "\"principal\": {\"name\": \"" + "长".repeat(51) + "\"}"))
			.andExpect(status().isBadRequest());
		json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries"), accounts.center(), entry.formatted(company, today().minusDays(1),
				today().plusYears(1), "\"responsiblePersons\": [" + "{\"name\": \"某\"},".repeat(10) + "{\"name\": \"某\"}]"))
			.andExpect(status().isBadRequest());
		json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries"), accounts.center(), entry.formatted(company, today().minusDays(1),
				today().plusYears(1), "\"legalRepresentative\": {\"name\": \"钱\", \"idNumber\": \"" + company + "\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_IDENTIFIER"));
		json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries"), accounts.center(), entry.formatted(city.person().id().value(),
				today().minusDays(1), today().plusYears(1), principal))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PERSONS_FOR_ORGANISATIONS_ONLY"));
		String valid = entry.formatted(company, today().minusDays(1), today().plusYears(1), principal);
		mvc.perform(post("/api/v1/lists/SERIOUS_DISHONESTY/entries").contentType(MediaType.APPLICATION_JSON).content(valid))
			.andExpect(status().isUnauthorized());
		json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries"), accounts.querier(), valid).andExpect(status().isForbidden());
		json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries"), accounts.agency(), valid).andExpect(status().isForbidden());
		json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries"), accounts.center(), valid).andExpect(status().isCreated());
	}
}
