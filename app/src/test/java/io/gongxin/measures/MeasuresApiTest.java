package io.gongxin.measures;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.subject.UnifiedSocialCreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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

/** Lists, measure checks with reasons, legal-representative linkage and feedback, over HTTP. */
@GongxinTest
@org.springframework.test.context.event.RecordApplicationEvents
class MeasuresApiTest {

	static final String LISTED = "91310104MA1K000018";

	static final String CLEAN = "91310104MA1K00002B";

	static final String REVOKED_LICENCE = "91310104MA1K00003E";

	static final String BRIBER = "91310104MA1K00004H";

	static final String REPRESENTATIVE = "310105197505051236";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Subjects subjects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	io.gongxin.TestClock clock;

	@Autowired
	org.springframework.test.context.event.ApplicationEvents events;

	final RequestPostProcessor procurement = httpBasic("procurement", "procurement-demo");

	/** the demo licensing bureau holds LICENSING and SUPERVISION, the procurement centre the rest used here. */
	final RequestPostProcessor licensing = httpBasic("licensing", "licensing-demo");

	@BeforeEach
	void city() {
		Subject person = subjects.register(ResidentIdNumber.parse(REPRESENTATIVE), "钱七");
		for (String code : new String[] { LISTED, REVOKED_LICENCE }) {
			Subject company = subjects.register(UnifiedSocialCreditCode.parse(code), "上海联动测试" + code.substring(14) + "有限公司");
			subjects.recordLegalRepresentative(company.key(), person.key(), LocalDate.of(2020, 1, 1));
		}
		subjects.register(UnifiedSocialCreditCode.parse(CLEAN), "上海守信测试有限公司");
		subjects.register(UnifiedSocialCreditCode.parse(BRIBER), "上海行贿测试有限公司");
	}

	private ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor caller, String body) throws Exception {
		return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long list(String type, String subject) throws Exception {
		String body = json(post("/api/v1/lists/{type}/entries", type), accounts.center(), """
				{"subjectId": "%s", "reason": "拒不履行法定义务，情节严重", "basis": "《上海市公共信用信息归集和使用管理办法》第二十四条",
				 "decidedOn": "2026-01-10", "validUntil": "2029-01-09"}""".formatted(subject))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private ResultActions check(String subject, String matter) throws Exception {
		RequestPostProcessor querier = matter.equals("LICENSING") || matter.equals("SUPERVISION") ? licensing : procurement;
		return json(post("/api/v1/measure-checks"), querier, """
				{"subjectId": "%s", "matter": "%s"}""".formatted(subject, matter)).andExpect(status().isOk());
	}

	private long record(String item, String ref, String subject, String occurredOn, String fields) throws Exception {
		String body = json(post("/api/v1/records"), accounts.market(), """
				{"records": [{"item": "%s", "sourceRef": "%s", "subject": {"type": "LEGAL_PERSON", "id": "%s"},
				 "occurredOn": "%s", "fields": %s}]}""".formatted(item, ref, subject, occurredOn, fields))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	@Test
	@DisplayName("R-24 the lists are published with reason, basis and validity; the centre enters and removes, a provider only proposes")
	void lists() throws Exception {
		long id = list("SERIOUS_DISHONESTY", LISTED);
		mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[?(@.id == " + id + ")].subject.id").value(hasItem(LISTED)))
			.andExpect(jsonPath("$.entries[?(@.id == " + id + ")].basis").value(hasItem(containsString("第二十四条"))))
			.andExpect(jsonPath("$.entries[?(@.id == " + id + ")].validUntil").value(hasItem("2029-01-09")))
			.andExpect(jsonPath("$.entries[?(@.id == " + id + ")].legalRepresentative").value(hasItem("钱七")))
			.andExpect(jsonPath("$.criteria.entry").isNotEmpty())
			.andExpect(jsonPath("$.criteria.exit").isNotEmpty())
			.andExpect(jsonPath("$.criteria.remedy").isNotEmpty());
		json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries/{id}/removal", id), accounts.center(), "{\"reason\": \"期满前修复\"}")
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries/history").with(accounts.auditor()))
			.andExpect(jsonPath("$.entries[?(@.id == " + id + ")].status").value(hasItem("REMOVED")))
			.andExpect(jsonPath("$.entries[?(@.id == " + id + ")].removalReason").value(hasItem("期满前修复")));
		mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries/history")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries/history").with(accounts.market())).andExpect(status().isForbidden());
		String proposal = json(post("/api/v1/lists/RED/entries"), accounts.market(), """
				{"subjectId": "%s", "reason": "连续三年守合同重信用", "basis": "市场监管守信激励", "decidedOn": "2026-01-10", "validUntil": "%s"}"""
			.formatted(CLEAN, LocalDate.now(clock).plusYears(1))).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PROPOSED"))
			.andReturn().getResponse().getContentAsString();
		long proposed = ((Number) JsonPath.read(proposal, "$.id")).longValue();
		mvc.perform(get("/api/v1/lists/RED/entries")).andExpect(jsonPath("$.entries[*].id", not(hasItem((int) proposed))));
		mvc.perform(post("/api/v1/lists/RED/entries/{id}/confirmation", proposed).with(accounts.center())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/lists/RED/entries")).andExpect(jsonPath("$.entries[*].id", hasItem((int) proposed)));
		String entry = "{\"subjectId\": \"" + CLEAN + "\", \"reason\": \"x\", \"basis\": \"x\", \"decidedOn\": \"2026-01-10\", \"validUntil\": \"2027-01-09\"}";
		mvc.perform(post("/api/v1/lists/RED/entries").contentType(MediaType.APPLICATION_JSON).content(entry)).andExpect(status().isUnauthorized());
		json(post("/api/v1/lists/RED/entries"), procurement, entry).andExpect(status().isForbidden());
		json(post("/api/v1/lists/RED/entries/{id}/removal", proposed), accounts.market(), "{\"reason\": \"x\"}").andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("R-23 R-24 listing fires RESTRICT_PROCUREMENT with the entry as reason; removal lifts it; a clean subject gets none")
	void listingFiresAndRemovalLifts() throws Exception {
		long id = list("SERIOUS_DISHONESTY", LISTED);
		check(LISTED, "GOV_PROCUREMENT")
			.andExpect(jsonPath("$.checkId").isNotEmpty())
			.andExpect(jsonPath("$.measures[?(@.code == 'RESTRICT_PROCUREMENT')].kind").value(hasItem("PUNISHMENT")))
			.andExpect(jsonPath("$.measures[?(@.code == 'RESTRICT_PROCUREMENT')].basis").isNotEmpty())
			.andExpect(jsonPath("$.measures[?(@.code == 'RESTRICT_PROCUREMENT')].because[*].listEntryId").value(hasItem((int) id)));
		check(CLEAN, "GOV_PROCUREMENT").andExpect(jsonPath("$.measures[*].code", not(hasItem("RESTRICT_PROCUREMENT"))));
		json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries/{id}/removal", id), accounts.center(), "{\"reason\": \"信用修复\"}")
			.andExpect(status().isOk());
		check(LISTED, "GOV_PROCUREMENT").andExpect(jsonPath("$.measures[*].because[*].listEntryId", not(hasItem((int) id))));
	}

	@Test
	@DisplayName("R-22 the red list fires the FAST_TRACK incentive in licensing")
	void redListIncentive() throws Exception {
		long id = list("RED", CLEAN);
		check(CLEAN, "LICENSING")
			.andExpect(jsonPath("$.measures[?(@.code == 'FAST_TRACK')].kind").value(hasItem("INCENTIVE")))
			.andExpect(jsonPath("$.measures[?(@.code == 'FAST_TRACK')].because[*].listEntryId").value(hasItem((int) id)));
	}

	@Test
	@DisplayName("R-23 a shown dishonesty record fires KEY_SUPERVISION; once revoked it fires no longer")
	void dishonestyFiresSupervision() throws Exception {
		long penalty = record("ADMIN_PENALTY", "m-supervision", BRIBER, "2025-09-01", """
				{"decisionNumber": "沪市监罚〔2025〕88号", "penaltyType": "罚款", "decidedOn": "2025-09-01", "authority": "市市场监督管理局"}""");
		check(BRIBER, "SUPERVISION")
			.andExpect(jsonPath("$.measures[?(@.code == 'KEY_SUPERVISION')].because[*].recordId").value(hasItem((int) penalty)));
		check(CLEAN, "SUPERVISION").andExpect(jsonPath("$.measures[*].code", not(hasItem("KEY_SUPERVISION"))));
		json(post("/api/v1/records/{id}/revocation", penalty), accounts.market(), "{\"reason\": \"复议撤销\"}").andExpect(status().isOk());
		check(BRIBER, "SUPERVISION").andExpect(jsonPath("$.measures[*].code", not(hasItem("KEY_SUPERVISION"))));
	}

	@Test
	@DisplayName("R-24b a listed company and a revoked licence follow its legal representative, with the company named")
	void legalRepresentativeLinkage() throws Exception {
		list("SERIOUS_DISHONESTY", LISTED);
		String decided = LocalDate.now(clock).minusMonths(6).toString();
		long revocation = record("ADMIN_PENALTY", "m-revoked", REVOKED_LICENCE, decided, """
				{"decisionNumber": "沪市监罚〔2025〕99号", "penaltyType": "吊销营业执照", "decidedOn": "%s", "authority": "市市场监督管理局"}"""
			.formatted(decided));
		check(REPRESENTATIVE, "LICENSING")
			.andExpect(jsonPath("$.measures[?(@.code == 'RESTRICT_LEGAL_REPRESENTATIVE')].because[*].reason")
				.value(hasItem(containsString(LISTED))))
			.andExpect(jsonPath("$.measures[?(@.code == 'RESTRICT_LEGAL_REPRESENTATIVE')].because[*].recordId")
				.value(hasItem((int) revocation)));
	}

	@Test
	@DisplayName("R-24b a bribery judgment excludes the supplier from procurement for 3 years, not longer")
	void briberyExclusion() throws Exception {
		String judgment = """
				{"caseNumber": "（2024）沪01刑初%s号", "court": "市第一中级人民法院", "charge": "单位行贿罪", "sentence": "判处罚金", "decidedOn": "%s"}""";
		String lastYear = LocalDate.now(clock).minusYears(1).toString();
		long recent = record("CRIMINAL_JUDGMENT", "m-bribe-recent", BRIBER, lastYear, judgment.formatted("1", lastYear));
		record("CRIMINAL_JUDGMENT", "m-bribe-old", CLEAN, "2020-06-01", judgment.formatted("2", "2020-06-01"));
		check(BRIBER, "GOV_PROCUREMENT")
			.andExpect(jsonPath("$.measures[?(@.code == 'EXCLUDE_BRIBERY')].because[*].recordId").value(hasItem((int) recent)));
		check(CLEAN, "GOV_PROCUREMENT").andExpect(jsonPath("$.measures[*].code", not(hasItem("EXCLUDE_BRIBERY"))));
	}

	@Test
	@DisplayName("R-24c the body reports the measures it applied; the centre and auditors read the counts")
	void feedback() throws Exception {
		list("SERIOUS_DISHONESTY", LISTED);
		String body = check(LISTED, "GOV_PROCUREMENT").andReturn().getResponse().getContentAsString();
		String checkId = JsonPath.read(body, "$.checkId");
		json(post("/api/v1/measure-checks/{id}/feedback", checkId), procurement, "{\"applied\": [\"NO_SUCH\"]}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_MEASURE"));
		json(post("/api/v1/measure-checks/{id}/feedback", checkId), accounts.querier(), "{\"applied\": [\"RESTRICT_PROCUREMENT\"]}")
			.andExpect(status().isNotFound());
		json(post("/api/v1/measure-checks/{id}/feedback", checkId), procurement,
				"{\"applied\": [\"RESTRICT_PROCUREMENT\"], \"note\": \"取消其投标资格\"}").andExpect(status().isOk());
		mvc.perform(get("/api/v1/measure-feedback").with(accounts.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts[?(@.measure == 'RESTRICT_PROCUREMENT' && @.organisation == 'PROCUREMENT')].applied")
				.value(hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
		mvc.perform(get("/api/v1/measure-feedback").with(accounts.market())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from query_log where channel = 'MEASURE_CHECK' and matter = 'GOV_PROCUREMENT'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void onlyGovernmentQueriersCheck() throws Exception {
		String body = "{\"subjectId\": \"" + CLEAN + "\", \"matter\": \"GOV_PROCUREMENT\"}";
		mvc.perform(post("/api/v1/measure-checks").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
		json(post("/api/v1/measure-checks"), accounts.agency(), body).andExpect(status().isForbidden());
		json(post("/api/v1/measure-checks"), accounts.center(), body).andExpect(status().isForbidden());
		json(post("/api/v1/measure-checks"), procurement, body.replace("GOV_PROCUREMENT", "NOPE"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_MATTER"));
		json(post("/api/v1/measure-checks"), procurement, "{\"subjectId\": \"" + CLEAN + "\"}").andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("R-24 entering, proposing, confirming and removing a list entry each publish ListEntryChanged; a refused change publishes nothing")
	void listChangesArePublished() throws Exception {
		long entered = list("SERIOUS_DISHONESTY", LISTED);
		String proposal = json(post("/api/v1/lists/RED/entries"), accounts.market(), """
				{"subjectId": "%s", "reason": "守信", "basis": "守信激励", "decidedOn": "2026-01-10", "validUntil": "2027-01-09"}"""
			.formatted(CLEAN)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long proposed = ((Number) JsonPath.read(proposal, "$.id")).longValue();
		mvc.perform(post("/api/v1/lists/RED/entries/{id}/confirmation", proposed).with(accounts.center())).andExpect(status().isOk());
		json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries/{id}/removal", entered), accounts.center(), "{\"reason\": \"修复\"}")
			.andExpect(status().isOk());
		json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries/{id}/removal", entered), accounts.center(), "{\"reason\": \"再次\"}")
			.andExpect(status().isOk());
		json(post("/api/v1/lists/RED/entries"), accounts.center(), """
				{"subjectId": "%s", "reason": "x", "basis": "x", "decidedOn": "2026-01-10", "validUntil": "2025-01-09"}"""
			.formatted(CLEAN)).andExpect(status().isBadRequest());
		assertThat(events.stream(ListEntryChanged.class).map(e -> e.entryId() + " " + e.list() + " " + e.status()))
			.containsExactly(entered + " SERIOUS_DISHONESTY ACTIVE", proposed + " RED PROPOSED", proposed + " RED ACTIVE",
					entered + " SERIOUS_DISHONESTY REMOVED");
		assertThat(events.stream(ListEntryChanged.class).filter(e -> e.entryId() == entered).map(ListEntryChanged::subject))
			.containsOnly(subjects.find(io.gongxin.subject.UnifiedSocialCreditCode.parse(LISTED)).orElseThrow().key());
	}
}
