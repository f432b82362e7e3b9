package io.gongxin.dispute;

import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.PageSession;

import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.synthetic.SyntheticPerson;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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
 * What an objection's outcome does to what is shown: corrections checked like submissions,
 * records withdrawn by an upheld objection, suspended records seen only by their subject, objections about
 * missing records, and objections filed by the centre at the counter. Each test uses its own synthetic people.
 */
@GongxinTest
class ObjectionOutcomesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectionSweep sweep;

	@Autowired
	io.gongxin.account.Accounts organisations;

	@Autowired
	io.gongxin.catalog.Catalogs catalogs;

	final SyntheticSubjects synthetic = new SyntheticSubjects(System.nanoTime());

	/** A synthetic person with its own SUBJECT account. */
	record Person(String id, String name, RequestPostProcessor login, String username) {
	}

	private Person person() throws Exception {
		SyntheticPerson person = synthetic.person();
		String username = "obj-" + System.nanoTime();
		json(post("/api/v1/accounts"), accounts.center(), """
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, person.id().value())).andExpect(status().isCreated());
		return new Person(person.id().value(), person.name(), httpBasic(username, "person-password"), username);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A public administrative penalty about the person, submitted by the market regulator a month ago. */
	private long penalty(Person person, String ref) throws Exception {
		return PenalisedPerson.penalty(mvc, accounts, clock, person.id(), person.name(), ref);
	}

	private ResultActions json(MockHttpServletRequestBuilder request, RequestPostProcessor caller, String body)
			throws Exception {
		return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long objectAndForward(Person person, long record) throws Exception {
		long id = id(json(post("/api/v1/objections"), person.login(), """
				{"recordId": %d, "reason": "ERROR_OR_OMISSION", "statement": "处罚信息有误"}""".formatted(record))
			.andExpect(status().isCreated()));
		json(post("/api/v1/objections/{id}/comparison", id), accounts.operator(), "{\"matchesProvider\": true}")
			.andExpect(jsonPath("$.status").value("FORWARDED"));
		return id;
	}

	/** A person's penalty and the person's objection to it, compared and forwarded to the market regulator. */
	record Forwarded(Person person, long record, long id) {
	}

	private Forwarded forwarded(String ref) throws Exception {
		Person person = person();
		long record = penalty(person, ref + System.nanoTime());
		return new Forwarded(person, record, objectAndForward(person, record));
	}

	/** A provider's answer to the objection forwarded to it. */
	private ResultActions verification(long id, RequestPostProcessor provider, String body) throws Exception {
		return json(post("/api/v1/objections/{id}/verification", id), provider, body);
	}

	/** The market regulator's answer, upholding the objection (answered, the objection UPHELD). */
	private ResultActions upheld(long id, String body) throws Exception {
		return verification(id, accounts.market(), body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UPHELD"));
	}

	private ResultActions profile(Person person, RequestPostProcessor caller) throws Exception {
		return mvc.perform(get("/api/v1/subjects/{id}/profile", person.id()).with(caller));
	}

	private ResultActions anonymousProfile(Person person) throws Exception {
		return mvc.perform(get("/api/v1/subjects/{id}/profile", person.id()));
	}

	private ResultActions governmentProfile(Person person) throws Exception {
		return mvc.perform(get("/api/v1/subjects/{id}/profile", person.id()).param("matter", "HIRING")
			.param("purpose", "招录审查").with(accounts.querier()));
	}

	private String fieldsOf(long record) {
		return jdbc.sql("select fields::text from records where record_id = ?").param(record).query(String.class).single();
	}

	@Test
	@DisplayName("R-29b upheld with a correction: the corrected version is shown in the public profile")
	void upheldWithCorrectionShowsCorrected() throws Exception {
		Forwarded f = forwarded("oc-corr-");
		upheld(f.id(), """
				{"upheld": true, "correction": {"处罚类别": "警告", "amount": 0.5}, "explanation": "处罚类别有误，已更正"}""");
		anonymousProfile(f.person())
			.andExpect(jsonPath("$.records[?(@.id == " + f.record() + ")].fields.penaltyType").value(hasItem("警告")))
			.andExpect(jsonPath("$.records[?(@.id == " + f.record() + ")].fields.amount").value(hasItem(0.5)));
	}

	@Test
	@DisplayName("R-29b a correction may take out an optional field (private details), never a required one, and must keep the record in scope")
	void correctionRemovesOptionalFieldsAndStaysInScope() throws Exception {
		Forwarded f = forwarded("oc-blank-");
		String before = fieldsOf(f.record());
		// a correction cannot turn the penalty into one of the simple procedure, which is no dishonesty information
		verification(f.id(), accounts.market(), """
				{"upheld": true, "correction": {"procedure": "简易程序"}, "explanation": "更正程序"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'fields.procedure')].code").value(hasItem("SUMMARY_PROCEDURE_PENALTY")));
		assertThat(fieldsOf(f.record())).isEqualTo(before);
		upheld(f.id(), """
				{"upheld": true, "correction": {"amount": ""}, "explanation": "罚款金额涉及隐私，删除"}""");
		anonymousProfile(f.person())
			.andExpect(jsonPath("$.records[?(@.id == " + f.record() + ")].fields.penaltyType").value(hasItem("罚款")))
			.andExpect(jsonPath("$.records[?(@.id == " + f.record() + ")].fields.amount").isEmpty());
	}

	@Test
	@DisplayName("R-29b an upheld objection whose correction changes nothing withdraws the record, as one without a correction")
	void noOpCorrectionWithdraws() throws Exception {
		Forwarded f = forwarded("oc-noop-");
		upheld(f.id(), """
				{"upheld": true, "correction": {"penaltyType": "罚款"}, "explanation": "异议成立"}""");
		anonymousProfile(f.person()).andExpect(jsonPath("$.records[?(@.id == " + f.record() + ")]").isEmpty());
	}

	@Test
	@DisplayName("R-29b R-14 a provider's correction with a prohibited field or invalid values is refused 400 like a submission, the record unchanged")
	void providerCorrectionValidatedLikeSubmission() throws Exception {
		Forwarded f = forwarded("oc-bad-");
		String before = fieldsOf(f.record());
		verification(f.id(), accounts.market(), """
				{"upheld": true, "correction": {"宗教信仰": "佛教", "penaltyType": "警告"}, "explanation": "更正"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("PROHIBITED_FIELD"))
			.andExpect(jsonPath("$.errors[?(@.field == 'fields.宗教信仰')].code").value(hasItem("PROHIBITED_FIELD")));
		verification(f.id(), accounts.market(), """
				{"upheld": true, "correction": {"amount": "很多", "authorityCode": "12345", "nickname": "x", "penaltyType": ""},
				 "explanation": "更正"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_CORRECTION"))
			.andExpect(jsonPath("$.errors[?(@.field == 'fields.amount')].code").value(hasItem("INVALID_NUMBER")))
			.andExpect(jsonPath("$.errors[?(@.field == 'fields.authorityCode')].code").value(hasItem("INVALID_IDENTIFIER")))
			.andExpect(jsonPath("$.errors[?(@.field == 'fields.nickname')].code").value(hasItem("UNKNOWN_FIELD")))
			.andExpect(jsonPath("$.errors[?(@.field == 'fields.penaltyType')].code").value(hasItem("REQUIRED")));
		assertThat(fieldsOf(f.record())).isEqualTo(before);
		mvc.perform(get("/api/v1/objections/{id}", f.id()).with(f.person().login())).andExpect(jsonPath("$.status").value("FORWARDED"));
		// a person's whole id number in an identifier field is kept masked, exactly as a submission keeps it
		String other = synthetic.person().id().value();
		verification(f.id(), accounts.market(), """
				{"upheld": true, "correction": {"sourceOrganisationCode": "%s"}, "explanation": "补充来源"}""".formatted(other))
			.andExpect(status().isOk());
		assertThat(fieldsOf(f.record())).doesNotContain(other).contains(other.substring(0, 4));
	}

	@Test
	@DisplayName("R-29a R-14 the centre's correction is validated like a submission: a prohibited field is refused and nothing changes")
	void centreCorrectionValidatedLikeSubmission() throws Exception {
		Person person = person();
		long record = penalty(person, "oc-centre-" + System.nanoTime());
		long id = id(json(post("/api/v1/objections"), person.login(), """
				{"recordId": %d, "reason": "ERROR_OR_OMISSION", "statement": "金额有误"}""".formatted(record)));
		String before = fieldsOf(record);
		json(post("/api/v1/objections/{id}/comparison", id), accounts.center(), """
				{"matchesProvider": false, "correction": {"blood_type": "A"}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("PROHIBITED_FIELD"))
			.andExpect(jsonPath("$.errors[0].field").value("fields.blood_type"));
		json(post("/api/v1/objections/{id}/comparison", id), accounts.center(), """
				{"matchesProvider": false, "correction": {"decidedOn": "不是日期"}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'fields.decidedOn')].code").value(hasItem("INVALID_DATE")));
		assertThat(fieldsOf(record)).isEqualTo(before);
		mvc.perform(get("/api/v1/objections/{id}", id).with(person.login())).andExpect(jsonPath("$.status").value("RECEIVED"));
		json(post("/api/v1/objections/{id}/comparison", id), accounts.center(), """
				{"matchesProvider": false, "correction": {"罚款金额（万元）": "1.5"}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CORRECTED"));
		anonymousProfile(person).andExpect(jsonPath("$.records[?(@.id == " + record + ")].fields.amount").value(hasItem(1.5)));
	}

	@Test
	@DisplayName("R-29b upheld without a correction: the record leaves anonymous, government, authorized views, reports and grading, but stays in the subject's own profile with the explanation")
	void upheldWithoutCorrectionWithdraws() throws Exception {
		Person person = person();
		long record = penalty(person, "oc-withdraw-" + System.nanoTime());
		json(post("/api/v1/authorizations"), person.login(), """
				{"grantee": "AGENCY1", "items": null, "purpose": "个人信用报告", "validUntil": "2099-12-31"}""")
			.andExpect(status().isCreated());
		RequestPostProcessor agency = httpBasic("agency", "agency-demo");
		profile(person, agency).andExpect(jsonPath("$.records[*].id", hasItem((int) record)));
		assertThat(mvc.perform(get("/api/v1/subjects/{id}/report", person.id()).header("Accept", "text/html").with(accounts.tax()))
			.andReturn().getResponse().getContentAsString()).contains("沪市监罚〔2026〕oc-withdraw");
		assertThat(mvc.perform(get("/api/v1/subjects/{id}/evaluation", person.id()).with(person.login()))
			.andReturn().getResponse().getContentAsString()).contains("\"recordId\":" + record + ",");
		long id = objectAndForward(person, record);
		upheld(id, """
				{"upheld": true, "explanation": "经核查该处罚已撤销，不再提供查询"}""")
			.andExpect(jsonPath("$.withdrawn").value(true));
		anonymousProfile(person).andExpect(jsonPath("$.records[*].id", not(hasItem((int) record))));
		governmentProfile(person).andExpect(status().isOk()).andExpect(jsonPath("$.records[*].id", not(hasItem((int) record))));
		profile(person, agency).andExpect(jsonPath("$.records[*].id", not(hasItem((int) record))));
		profile(person, accounts.center()).andExpect(jsonPath("$.records[*].id", not(hasItem((int) record))));
		String report = mvc.perform(get("/api/v1/subjects/{id}/report", person.id()).header("Accept", "text/html").with(accounts.tax()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(report).doesNotContain("沪市监罚〔2026〕oc-withdraw");
		mvc.perform(get("/api/v1/subjects/{id}/evaluation", person.id()).with(person.login()))
			.andExpect(status().isOk())
			.andExpect(content -> assertThat(content.getResponse().getContentAsString()).doesNotContain("\"recordId\":" + record + ","));
		profile(person, person.login())
			.andExpect(jsonPath("$.records[?(@.id == " + record + ")].withdrawn.reason")
				.value(hasItem("经核查该处罚已撤销，不再提供查询")));
		mvc.perform(get("/api/v1/objections").with(person.login()))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].outcome").value(hasItem("经核查该处罚已撤销，不再提供查询")));
	}

	@Test
	@DisplayName("R-30b a suspended record is hidden from anonymous and government callers but shown, marked suspended, to its subject in its profile and own report")
	void suspendedShownToSubjectOnly() throws Exception {
		Forwarded f = forwarded("oc-susp-");
		String verifyBy = JsonPath.read(mvc.perform(get("/api/v1/objections/{id}", f.id()).with(f.person().login()))
			.andReturn().getResponse().getContentAsString(), "$.verifyBy");
		clock.set(LocalDate.parse(verifyBy).plusDays(1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")));
		sweep.run();
		anonymousProfile(f.person()).andExpect(jsonPath("$.records[*].id", not(hasItem((int) f.record()))));
		governmentProfile(f.person()).andExpect(jsonPath("$.records[*].id", not(hasItem((int) f.record()))));
		profile(f.person(), accounts.center()).andExpect(jsonPath("$.records[*].id", not(hasItem((int) f.record()))));
		profile(f.person(), f.person().login())
			.andExpect(jsonPath("$.records[?(@.id == " + f.record() + ")].suspended").value(hasItem(true)))
			.andExpect(jsonPath("$.records[?(@.id == " + f.record() + ")].objection.status").value(hasItem("FORWARDED")));
		String own = mvc.perform(get("/api/v1/subjects/{id}/report", f.person().id()).with(f.person().login())
			.header("Accept", "text/html")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(own).contains("已中止对外查询");
		verification(f.id(), accounts.market(), """
				{"upheld": false, "explanation": "处罚有效"}""").andExpect(status().isOk());
		anonymousProfile(f.person()).andExpect(jsonPath("$.records[*].id", hasItem((int) f.record())));
	}

	@Test
	@DisplayName("R-28 R-29 an objection about a missing record is received, compared, forwarded to the provider that should hold it and answered")
	void omissionObjection() throws Exception {
		Person person = person();
		String omission = """
				{"reason": "ERROR_OR_OMISSION", "statement": "本人获得的表彰未归集",
				 "omission": {"item": "%s", %s "description": "2025 年度区优秀志愿者表彰未见于信用信息"}}""";
		json(post("/api/v1/objections"), person.login(), omission.formatted("NO_SUCH_ITEM", ""))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_ITEM"));
		json(post("/api/v1/objections"), person.login(), omission.formatted("REGISTRATION", ""))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ITEM_NOT_FOR_SUBJECT"));
		json(post("/api/v1/objections"), person.login(), omission.formatted("COMMENDATION", "\"provider\": \"T_TAX\","))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PROVIDER_NOT_FOR_ITEM"));
		json(post("/api/v1/objections"), person.login(), omission.formatted("COMMENDATION", "").replace("ERROR_OR_OMISSION",
				"PRIVACY_OR_SECRET")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("OMISSION_REASON"));
		json(post("/api/v1/objections"), person.login(), """
				{"recordId": 1, "reason": "ERROR_OR_OMISSION", "statement": "x",
				 "omission": {"item": "COMMENDATION", "description": "x"}}""")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("RECORD_OR_OMISSION"));
		json(post("/api/v1/objections"), person.login(), """
				{"reason": "ERROR_OR_OMISSION", "statement": "x"}""")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("RECORD_OR_OMISSION"));
		json(post("/api/v1/objections"), person.login(), """
				{"reason": "ERROR_OR_OMISSION", "statement": "x", "omission": {"item": "%s", "description": "x"}}"""
			.formatted("C".repeat(65))).andExpect(status().isBadRequest());

		long id = id(json(post("/api/v1/objections"), person.login(), omission.formatted("COMMENDATION", "\"provider\": \"MARKET\","))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.recordId").doesNotExist())
			.andExpect(jsonPath("$.omission.item").value("COMMENDATION"))
			.andExpect(jsonPath("$.compareBy").isNotEmpty()));
		mvc.perform(get("/api/v1/objections").with(accounts.center())).andExpect(jsonPath("$[*].id", hasItem((int) id)));
		json(post("/api/v1/objections/{id}/comparison", id), accounts.operator(), """
				{"matchesProvider": true, "correction": {"title": "x"}}""")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CORRECTION_NOT_APPLICABLE"));
		json(post("/api/v1/objections/{id}/comparison", id), accounts.operator(), "{\"matchesProvider\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FORWARDED"))
			.andExpect(jsonPath("$.verifyBy").isNotEmpty())
			.andExpect(jsonPath("$.omission.provider").value("MARKET"));
		mvc.perform(get("/api/v1/objections").with(accounts.market())).andExpect(jsonPath("$[*].id", hasItem((int) id)));
		// the provider learns whose record is missing: the subject, its id number masked
		mvc.perform(get("/api/v1/objections/{id}", id).with(accounts.market()))
			.andExpect(jsonPath("$.omission.subject.type").value("NATURAL_PERSON"))
			.andExpect(jsonPath("$.omission.subject.id").value(person.id().substring(0, 4) + "**********" + person.id().substring(14)));
		Eventually.holds(() -> mvc.perform(get("/api/v1/notices").with(accounts.market()))
			.andExpect(jsonPath("$[*].message", hasItem(containsString("异议 " + id + "（信息项 COMMENDATION")))));
		mvc.perform(get("/api/v1/objections/{id}", id).with(accounts.tax())).andExpect(status().isNotFound());
		verification(id, accounts.tax(), "{\"upheld\": true, \"explanation\": \"x\"}")
			.andExpect(status().isForbidden());
		upheld(id, """
				{"upheld": true, "explanation": "确有遗漏，已通过归集补报"}""");
		Eventually.holds(() -> mvc.perform(get("/api/v1/notices").with(person.login()))
			.andExpect(jsonPath("$[*].message", hasItem(containsString("将通过归集补报遗漏的记录")))));
	}

	/** An omission of an administrative penalty, an item several providers submit: the centre names the provider. */
	private long penaltyOmission(Person person) throws Exception {
		return id(json(post("/api/v1/objections"), person.login(), """
				{"reason": "ERROR_OR_OMISSION", "statement": "处罚记录遗漏",
				 "omission": {"item": "ADMIN_PENALTY", "description": "2025 年的一项处罚未见于信用信息"}}""")
			.andExpect(status().isCreated()));
	}

	@Test
	@DisplayName("R-28 R-29 an omission whose item has several providers is forwarded to the one the centre names")
	void omissionRoutedByCentre() throws Exception {
		Person person = person();
		long id = penaltyOmission(person);
		json(post("/api/v1/objections/{id}/comparison", id), accounts.center(), "{\"matchesProvider\": true}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PROVIDER_REQUIRED"));
		json(post("/api/v1/objections/{id}/comparison", id), accounts.center(), """
				{"matchesProvider": true, "provider": "TAX"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.omission.provider").value("TAX"));
		verification(id, accounts.market(), "{\"upheld\": false, \"explanation\": \"x\"}")
			.andExpect(status().isForbidden());
		verification(id, httpBasic("tax", "tax-demo"), """
				{"upheld": false, "explanation": "经核查本单位未作出该处罚"}""")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
	}

	@Test
	@DisplayName("R-28 centre staff file an objection for a person at the counter with its consent on the decision log; the person sees it in its own list")
	void centreFilesAtTheCounter() throws Exception {
		Person person = person();
		long record = penalty(person, "oc-counter-" + System.nanoTime());
		String body = """
				{"recordId": %d, "reason": "ERROR_OR_OMISSION", "statement": "本人到窗口提出：处罚金额有误",
				 "subjectId": "%s", "consent": {"method": "WRITTEN", "reference": "窗口登记 2026-0001"}}"""
			.formatted(record, person.id());
		long id = id(json(post("/api/v1/objections"), accounts.operator(), body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.consent.method").value("WRITTEN")));
		mvc.perform(get("/api/v1/objections").with(person.login())).andExpect(jsonPath("$[*].id", hasItem((int) id)));
		profile(person, person.login())
			.andExpect(jsonPath("$.records[?(@.id == " + record + ")].objection.status").value(hasItem("RECEIVED")));
		assertThat(jdbc.sql("select username || '|' || purpose from query_log where channel = 'DECISION' and username = 't-operator'"
				+ " and matter = 'OBJECTION_RECEIVED' order by id desc limit 1").query(String.class).single())
			.startsWith("t-operator|").contains("WRITTEN", "窗口登记 2026-0001");
		json(post("/api/v1/objections/{id}/comparison", id), accounts.center(), "{\"matchesProvider\": true}")
			.andExpect(jsonPath("$.status").value("FORWARDED"));
		Eventually.holds(() -> mvc.perform(get("/api/v1/notices").with(person.login()))
			.andExpect(jsonPath("$[*].message", hasItem(containsString("窗口经您同意代为提出")))));
	}

	@Test
	@DisplayName("R-28 only the centre files for someone else: consent and subject required; a provider, a querier or another subject cannot")
	void whoMayFileForOthers() throws Exception {
		Person person = person();
		Person stranger = person();
		long record = penalty(person, "oc-others-" + System.nanoTime());
		String forPerson = """
				{"recordId": %d, "reason": "ERROR_OR_OMISSION", "statement": "代为提出", "subjectId": "%s",
				 "consent": {"method": "IN_PERSON", "reference": "窗口 A-17"}}""".formatted(record, person.id());
		json(post("/api/v1/objections"), accounts.market(), forPerson).andExpect(status().isForbidden());
		json(post("/api/v1/objections"), accounts.querier(), forPerson).andExpect(status().isForbidden());
		json(post("/api/v1/objections"), accounts.agency(), forPerson).andExpect(status().isForbidden());
		json(post("/api/v1/objections"), stranger.login(), forPerson)
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_FOR_OTHERS"));
		json(post("/api/v1/objections"), stranger.login(), """
				{"recordId": %d, "reason": "ERROR_OR_OMISSION", "statement": "x"}""".formatted(record))
			.andExpect(status().isNotFound());
		json(post("/api/v1/objections"), accounts.center(), forPerson.replaceAll(",\\s*\"consent\": \\{[^}]*}", ""))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CONSENT_REQUIRED"));
		json(post("/api/v1/objections"), accounts.center(), forPerson.replace("\"subjectId\": \"" + person.id() + "\",", ""))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("COUNTER_SUBJECT_REQUIRED"));
		json(post("/api/v1/objections"), accounts.center(), forPerson.replace("IN_PERSON", "PHONE"))
			.andExpect(status().isBadRequest());
		json(post("/api/v1/objections"), accounts.center(), forPerson.replace("窗口 A-17", person.id()))
			.andExpect(status().isBadRequest())
			.andExpect(content -> assertThat(content.getResponse().getContentAsString()).doesNotContain(person.id()));
		json(post("/api/v1/objections"), accounts.center(), forPerson.replace(person.id(), "12345"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_IDENTIFIER"));
		json(post("/api/v1/objections"), accounts.center(), forPerson.replace(person.id(), stranger.id()))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("UNKNOWN_RECORD"));
		assertThat(jdbc.sql("select count(*) from objections where record_id = ?").param(record).query(Long.class).single())
			.isZero();
		json(post("/api/v1/objections"), accounts.center(), forPerson).andExpect(status().isCreated());
	}

	private PageSession pageLogin(String username, String password) throws Exception {
		return PageSession.login(mvc, username, password);
	}

	@Test
	@DisplayName("R-28 on the pages: the person reports a missing record on /me; the centre forwards it naming the provider")
	void omissionFromThePages() throws Exception {
		Person person = person();
		var session = pageLogin(person.username(), "person-password");
		mvc.perform(get("/me/objections").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"item\"")))
			.andExpect(content().string(containsString("value=\"COMMENDATION\"")))
			.andExpect(content().string(not(containsString("value=\"REGISTRATION\""))));
		mvc.perform(post("/me/objections/omissions").with(session).with(csrf())
			.param("item", "COMMENDATION").param("description", "2025年市级表彰未见记录").param("statement", "请核实补录"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("noticeKey", "me.omission.done"));
		String mine = mvc.perform(get("/api/v1/objections").with(person.login())).andReturn().getResponse().getContentAsString();
		Number id = JsonPath.<java.util.List<Number>>read(mine, "$[?(@.omission.item == 'COMMENDATION')].id").get(0);
		var centre = pageLogin("t-center", TestAccounts.PASSWORD);
		// issue 14: the queue and the counter form name the item; its code is only an option's value
		String name = catalogs.published().item("COMMENDATION").orElseThrow().nameIn(java.util.Locale.CHINA);
		String queue = mvc.perform(get("/console/objections").with(centre)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(queue).contains("（遗漏：" + name + "）", "<option value=\"COMMENDATION\">" + name + "</option>")
			.doesNotContain("（遗漏：COMMENDATION）", "<input id=\"c-item\"");
		// issue 14: the provider is named on the objection's page, and the forwarding confirmed
		mvc.perform(get("/console/objections/{id}", id).with(centre))
			.andExpect(content().string(containsString("name=\"provider\"")));
		mvc.perform(post("/console/objections/{id}/comparison", id).with(centre).with(csrf())
			.param("matchesProvider", "true").param("provider", "MARKET").param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/objections/{id}", id).with(person.login()))
			.andExpect(jsonPath("$.status").value("FORWARDED"))
			.andExpect(jsonPath("$.omission.provider").value("MARKET"));
		mvc.perform(post("/me/objections/omissions").with(pageLogin("t-auditor", TestAccounts.PASSWORD)).with(csrf())
			.param("item", "COMMENDATION").param("description", "x").param("statement", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("R-28 R-29 issue 14: the centre forwards an omission to a provider chosen by name from those of its item; the choice is checked at the first step and kept after a problem")
	void omissionForwardedToAProviderChosenByName() throws Exception {
		Person person = person();
		long id = penaltyOmission(person);
		var centre = pageLogin("t-center", TestAccounts.PASSWORD);
		String page = mvc.perform(get("/console/objections/{id}", id).with(centre)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String select = page.substring(page.indexOf("<select id=\"forward-provider\""));
		select = select.substring(0, select.indexOf("</select>"));
		// names, the codes only as values; no provider chosen yet, so one must be
		java.util.Map<String, String> names = new java.util.HashMap<>();
		organisations.organisations().forEach(o -> names.put(o.code(), o.name()));
		String tax = names.getOrDefault("TAX", "TAX");
		String market = names.getOrDefault("MARKET", "MARKET");
		assertThat(select).contains("name=\"provider\"", "required", "<option value=\"TAX\">" + tax + "</option>",
				"<option value=\"MARKET\">" + market + "</option>").doesNotContain("selected");
		assertThat(page).doesNotContain("转交单位代码", "<input id=\"forward-provider\"");
		String page2 = "http://localhost/console/objections/" + id;
		// none chosen, or one that does not submit the item: the page says so at the first step, before any confirmation
		for (String provider : java.util.List.of("", "NOBODY")) {
			var refused = mvc.perform(post("/console/objections/{id}/comparison", id).with(centre).with(csrf())
				.param("matchesProvider", "true").param("provider", provider).header("Referer", page2))
				.andExpect(redirectedUrl("/console/objections/" + id)).andReturn();
			String shown = mvc.perform(get("/console/objections/{id}", id).with(centre).flashAttrs(refused.getFlashMap()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(shown).contains(provider.isEmpty() ? "有多个提供单位，转交时须选择其中一个" : "该提供单位不报送这一信息项", "id=\"forward-provider\"").doesNotContain("“ADMIN_PENALTY”");
		}
		mvc.perform(get("/api/v1/objections/{id}", id).with(person.login())).andExpect(jsonPath("$.status").value("RECEIVED"));
		// a provider of the item: the confirmation names it and carries it
		String confirm = mvc.perform(post("/console/objections/{id}/comparison", id).with(centre).with(csrf())
			.param("matchesProvider", "true").param("provider", "TAX").header("Referer", page2))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(confirm).contains("确认与提供单位数据一致：异议将转交" + tax + "核查", "<input type=\"hidden\" name=\"provider\" value=\"TAX\">");
		// after a problem the provider chosen stays chosen
		var echo = new io.gongxin.platform.FormEcho("/console/objections/" + id + "/comparison",
				java.util.Map.of("provider", "MARKET"), java.util.Set.of());
		// as PageErrors hands it on after a redirect (MockMvc's flashAttr would not survive the signed-in session)
		RequestPostProcessor flash = request -> {
			var input = new org.springframework.web.servlet.FlashMap();
			input.put("typed", echo);
			request.setAttribute(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, input);
			return request;
		};
		String again = mvc.perform(get("/console/objections/{id}", id).with(centre).with(flash))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("<option value=\"MARKET\" selected=\"selected\">" + market + "</option>");
		mvc.perform(post("/console/objections/{id}/comparison", id).with(centre).with(csrf())
			.param("matchesProvider", "true").param("provider", "TAX").param("confirmed", "true"))
			.andExpect(redirectedUrl("/console/objections/" + id));
		mvc.perform(get("/api/v1/objections/{id}", id).with(person.login()))
			.andExpect(jsonPath("$.status").value("FORWARDED"))
			.andExpect(jsonPath("$.omission.provider").value("TAX"));
	}

	@Test
	@DisplayName("R-28 on the console: centre staff file for a person at the counter with the consent recorded; an auditor cannot")
	void counterFilingFromTheConsole() throws Exception {
		Person person = person();
		long record = penalty(person, "oc-page-counter-" + System.nanoTime());
		var centre = pageLogin("t-center", TestAccounts.PASSWORD);
		mvc.perform(post("/console/objections").with(centre).with(csrf())
			.param("subjectId", person.id()).param("recordId", String.valueOf(record))
			.param("reason", "ERROR_OR_OMISSION").param("statement", "本人到窗口提出：处罚金额有误")
			.param("consentMethod", "IN_PERSON").param("consentReference", "窗口登记 B-3"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("noticeKey", "console.objection.filed"));
		mvc.perform(get("/api/v1/objections").with(person.login()))
			.andExpect(jsonPath("$[?(@.recordId == " + record + ")].consent.method").value(hasItem("IN_PERSON")));
		// without the consent reference nothing is filed; an auditor may not file at all
		mvc.perform(post("/console/objections").with(centre).with(csrf())
			.param("subjectId", person.id()).param("recordId", String.valueOf(record))
			.param("reason", "ERROR_OR_OMISSION").param("statement", "x").param("consentMethod", "WRITTEN")
			.param("consentReference", ""))
			.andExpect(status().is4xxClientError());
		mvc.perform(post("/console/objections").with(pageLogin("t-auditor", TestAccounts.PASSWORD)).with(csrf())
			.param("subjectId", person.id()).param("recordId", String.valueOf(record))
			.param("reason", "ERROR_OR_OMISSION").param("statement", "x").param("consentMethod", "WRITTEN")
			.param("consentReference", "A-1"))
			.andExpect(status().isForbidden());
	}
}
