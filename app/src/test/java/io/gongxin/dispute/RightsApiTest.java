package io.gongxin.dispute;

import java.time.ZonedDateTime;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The subject's rights over HTTP with the demo providers and a SUBJECT account, on an injected clock. */
@GongxinTest
class RightsApiTest {

	static final String PERSON = "440305198801011233";

	static final String OTHER = "330106197911110027";

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

	final RequestPostProcessor person = httpBasic("wang-wu", "person-password");

	final RequestPostProcessor other = httpBasic("zhao-liu", "person-password");

	@BeforeEach
	void accounts() throws Exception {
		for (String[] account : new String[][] { { "wang-wu", PERSON }, { "zhao-liu", OTHER } }) {
			mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
					{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
				.formatted(account[0], account[1])));
		}
	}

	private void today(String date) {
		clock.set(ZonedDateTime.parse(date + "T10:00:00+08:00[Asia/Shanghai]"));
	}

	/** A record about the person, submitted by the market regulator; returns its id. */
	private long record(String item, String ref, String occurredOn, String fields) throws Exception {
		String body = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"records": [{"item": "%s", "sourceRef": "%s", "subject": {"type": "NATURAL_PERSON", "id": "%s", "name": "王五"},
					 "occurredOn": "%s", "fields": %s}]}""".formatted(item, ref, PERSON, occurredOn, fields)))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	private long penalty(String ref, String occurredOn) throws Exception {
		return record("ADMIN_PENALTY", ref, occurredOn, """
				{"decisionNumber": "沪市监罚〔2025〕%s号", "penaltyType": "罚款", "decidedOn": "%s", "authority": "市市场监督管理局", "amount": 1}"""
			.formatted(ref, occurredOn));
	}

	private ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor caller, String body) throws Exception {
		return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long object(long recordId) throws Exception {
		String body = json(post("/api/v1/objections"), person, """
				{"recordId": %d, "reason": "ERROR_OR_OMISSION", "statement": "罚款已缴清，处罚信息有误"}""".formatted(recordId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	@DisplayName("R-29a R-29b R-30a R-30b across the 2026 Spring Festival: compare by 2, verify by 5 working days, suspended when missed, back on the late answer")
	void springFestivalDeadlinesAndSuspension() throws Exception {
		long record = penalty("rights-spring", "2025-06-01");
		today("2026-02-12");
		long id = object(record);
		mvc.perform(get("/api/v1/objections/{id}", id).with(person))
			.andExpect(jsonPath("$.receivedOn").value("2026-02-12"))
			.andExpect(jsonPath("$.compareBy").value("2026-02-14"))
			.andExpect(jsonPath("$.correctBy").value("2026-02-14"));
		mvc.perform(get("/api/v1/subjects/{id}/profile", PERSON))
			.andExpect(jsonPath("$.records[?(@.id == " + record + ")].objection.status").value(hasItem("RECEIVED")))
			.andExpect(jsonPath("$.records[?(@.id == " + record + ")].objection.since").value(hasItem("2026-02-12")));
		today("2026-02-14");
		json(post("/api/v1/objections/{id}/comparison", id), accounts.operator(), "{\"matchesProvider\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FORWARDED"))
			.andExpect(jsonPath("$.forwardedOn").value("2026-02-14"))
			.andExpect(jsonPath("$.verifyBy").value("2026-02-28"));
		today("2026-02-28");
		sweep.run();
		mvc.perform(get("/api/v1/subjects/{id}/profile", PERSON))
			.andExpect(jsonPath("$.records[?(@.id == " + record + ")].objection.status").value(hasItem("FORWARDED")));
		today("2026-03-02");
		sweep.run();
		mvc.perform(get("/api/v1/subjects/{id}/profile", PERSON))
			.andExpect(jsonPath("$.records[*].id", not(hasItem((int) record))));
		// R-30b: the subject alone still sees it, marked suspended
		mvc.perform(get("/api/v1/subjects/{id}/profile", PERSON).with(person))
			.andExpect(jsonPath("$.records[?(@.id == " + record + ")].suspended").value(hasItem(true)));
		mvc.perform(get("/api/v1/objections").with(accounts.center()))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].suspended").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].overdue").value(hasItem(true)));
		assertThat(jdbc.sql("select suspended_on from objections where id = ?").param(id).query(java.time.LocalDate.class)
			.single()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
		Eventually.holds(() -> mvc.perform(get("/api/v1/notices").with(accounts.market()))
			.andExpect(jsonPath("$[*].kind", hasItem("RECORD_SUSPENDED"))));
		json(post("/api/v1/objections/{id}/verification", id), accounts.tax(),
				"{\"upheld\": false, \"explanation\": \"x\"}").andExpect(status().isForbidden());
		json(post("/api/v1/objections/{id}/verification", id), accounts.market(),
				"{\"upheld\": false, \"explanation\": \"经核查，处罚决定有效\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		mvc.perform(get("/api/v1/subjects/{id}/profile", PERSON))
			.andExpect(jsonPath("$.records[?(@.id == " + record + ")].objection").value(hasItem(org.hamcrest.Matchers.nullValue())));
		mvc.perform(post("/api/v1/objections/{id}/disagreement", id).with(other)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/objections/{id}/disagreement", id).with(person))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISAGREED"));
		mvc.perform(get("/api/v1/subjects/{id}/profile", PERSON))
			.andExpect(jsonPath("$.records[?(@.id == " + record + ")].objection.status").value(hasItem("DISAGREED")));
		assertThat(jdbc.sql("select count(*) from query_log where channel = 'DECISION' and matter like 'OBJECTION_%'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	@DisplayName("R-29 across the 2026 National Day holiday the deadlines skip 1-7 October and count Saturday 10 October")
	void nationalDayDeadlines() throws Exception {
		long record = penalty("rights-national", "2025-06-02");
		today("2026-09-29");
		long id = object(record);
		mvc.perform(get("/api/v1/objections/{id}", id).with(accounts.center())).andExpect(jsonPath("$.compareBy").value("2026-10-08"));
		today("2026-09-30");
		json(post("/api/v1/objections/{id}/comparison", id), accounts.center(), "{\"matchesProvider\": true}")
			.andExpect(jsonPath("$.verifyBy").value("2026-10-13"));
		today("2026-10-13");
		json(post("/api/v1/objections/{id}/verification", id), accounts.market(),
				"{\"upheld\": true, \"correction\": {\"amount\": 0.5}, \"explanation\": \"罚款金额有误，已更正\"}")
			.andExpect(jsonPath("$.status").value("UPHELD"));
		mvc.perform(get("/api/v1/records/{id}", record).with(accounts.market()))
			.andExpect(jsonPath("$.fields.amount").value(0.5))
			.andExpect(jsonPath("$.history[-1].reason").value(org.hamcrest.Matchers.containsString("异议")));
	}

	@Test
	@DisplayName("R-29a when the record differs from the provider's data the centre corrects it and tells the subject")
	void centreCorrects() throws Exception {
		long record = penalty("rights-correct", "2025-06-03");
		long id = object(record);
		json(post("/api/v1/objections/{id}/comparison", id), accounts.center(),
				"{\"matchesProvider\": false, \"correction\": {\"penaltyType\": \"警告\"}}")
			.andExpect(jsonPath("$.status").value("CORRECTED"));
		mvc.perform(get("/api/v1/records/{id}", record).with(accounts.market())).andExpect(jsonPath("$.fields.penaltyType").value("警告"));
		Eventually.holds(() -> mvc.perform(get("/api/v1/notices").with(person))
			.andExpect(jsonPath("$[*].kind", hasItem("OBJECTION_CORRECTED"))));
		json(post("/api/v1/objections/{id}/comparison", id), accounts.center(), "{\"matchesProvider\": true}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
	}

	@Test
	void whoMayObject() throws Exception {
		long record = penalty("rights-who", "2025-06-04");
		String body = "{\"recordId\": " + record + ", \"reason\": \"ERROR_OR_OMISSION\", \"statement\": \"x\"}";
		mvc.perform(post("/api/v1/objections").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
		json(post("/api/v1/objections"), accounts.market(), body).andExpect(status().isForbidden());
		json(post("/api/v1/objections"), other, body).andExpect(status().isNotFound());
		json(post("/api/v1/objections"), person, body.replace("ERROR_OR_OMISSION", "BORED")).andExpect(status().isBadRequest());
		long id = object(record);
		json(post("/api/v1/objections"), person, body).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("OBJECTION_OPEN"));
		mvc.perform(get("/api/v1/objections/{id}", id).with(other)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/objections/{id}", id).with(accounts.tax())).andExpect(status().isNotFound());
		json(post("/api/v1/objections/{id}/comparison", id), accounts.market(), "{\"matchesProvider\": true}")
			.andExpect(status().isForbidden());
		json(post("/api/v1/objections/{id}/comparison", id), person, "{\"matchesProvider\": true}").andExpect(status().isForbidden());
		// a subject's GET /objections lists its own objections only
		mvc.perform(get("/api/v1/objections").with(person)).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItem(((Number) id).intValue())));
		mvc.perform(get("/api/v1/objections").with(other)).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(((Number) id).intValue()))));
	}

	@Test
	@DisplayName("R-28 an objection carries evidence: PDF or images only, recognised by content, seen by those handling it")
	void evidence() throws Exception {
		long id = object(penalty("rights-evidence", "2025-06-06"));
		var pdf = new org.springframework.mock.web.MockMultipartFile("file", "缴款凭证.pdf", "application/pdf",
				"%PDF-1.4\n% test\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		var fake = new org.springframework.mock.web.MockMultipartFile("file", "evil.pdf", "application/pdf",
				"<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/objections/{id}/attachments", id)
			.file(pdf).with(person))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.sha256").isNotEmpty());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/objections/{id}/attachments", id)
			.file(fake).with(person))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("UNSUPPORTED_ATTACHMENT"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/objections/{id}/attachments", id)
			.file(pdf).with(other)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/objections/{id}/attachments", id).with(accounts.market()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].fileName").value("缴款凭证.pdf"));
		mvc.perform(get("/api/v1/objections/{id}/attachments", id).with(accounts.tax())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/objections").with(accounts.center()))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].workingDaysLeft").isNotEmpty());
	}

	@Test
	@DisplayName("R-27b deletable items may be asked deleted, due within 2 working days (carried out then: RightsFollowUpTest); others are NOT_DELETABLE")
	void deletionOnRequest() throws Exception {
		today("2026-02-13");
		long commendation = record("COMMENDATION", "rights-commendation", "2025-05-01",
				"{\"title\": \"优秀志愿者\", \"awardedBy\": \"区文明办\", \"awardedOn\": \"2025-05-01\"}");
		long penalty = penalty("rights-nodelete", "2025-06-05");
		json(post("/api/v1/deletion-requests"), accounts.market(), "{\"recordId\": " + commendation + "}").andExpect(status().isForbidden());
		json(post("/api/v1/deletion-requests"), other, "{\"recordId\": " + commendation + "}").andExpect(status().isNotFound());
		json(post("/api/v1/deletion-requests"), person, "{\"recordId\": " + penalty + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("NOT_DELETABLE"));
		json(post("/api/v1/deletion-requests"), person, "{\"recordId\": " + commendation + "}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.dueBy").value("2026-02-24"))
			.andExpect(jsonPath("$.status").value("PENDING"));
	}

	@Test
	@DisplayName("R-RP repair after the minimum publication period; approval hides the record from public queries at once")
	void creditRepair() throws Exception {
		today("2026-03-01");
		long record = penalty("rights-repair", "2026-01-15");
		json(post("/api/v1/repairs"), person, "{\"recordId\": " + record + ", \"statement\": \"已整改\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("REPAIR_TOO_EARLY"))
			.andExpect(jsonPath("$.earliest").value("2026-04-15"));
		today("2026-04-15");
		json(post("/api/v1/repairs"), accounts.market(), "{\"recordId\": " + record + ", \"statement\": \"x\"}")
			.andExpect(status().isForbidden());
		String body = json(post("/api/v1/repairs"), person, "{\"recordId\": " + record + ", \"statement\": \"已缴清罚款并完成整改\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		// who sees the application: the subject (its own) and the record's provider (waiting, with the days left)
		mvc.perform(get("/api/v1/repairs").with(person))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].status").value(hasItem("PENDING")));
		mvc.perform(get("/api/v1/repairs").with(accounts.market()))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].workingDaysLeft").value(hasItem(5)));
		mvc.perform(get("/api/v1/repairs").with(accounts.tax())).andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
		mvc.perform(get("/api/v1/repairs").with(accounts.agency())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/repairs")).andExpect(status().isUnauthorized());
		json(post("/api/v1/repairs/{id}/decision", id), accounts.tax(), "{\"approved\": true, \"reason\": \"x\"}")
			.andExpect(status().isForbidden());
		json(post("/api/v1/repairs/{id}/decision", id), person, "{\"approved\": true, \"reason\": \"x\"}")
			.andExpect(status().isForbidden());
		json(post("/api/v1/repairs/{id}/decision", id), accounts.market(), "{\"approved\": true, \"reason\": \"整改到位，同意修复\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(get("/api/v1/subjects/{id}/profile", PERSON)).andExpect(jsonPath("$.records[*].id", not(hasItem((int) record))));
		mvc.perform(get("/api/v1/subjects/{id}/profile", PERSON).with(person))
			.andExpect(jsonPath("$.records[?(@.id == " + record + ")].repaired").value(hasItem(true)));
		json(post("/api/v1/repairs/{id}/decision", id), accounts.market(), "{\"approved\": false, \"reason\": \"x\"}")
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/repairs").with(accounts.market())).andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
		mvc.perform(get("/api/v1/repairs").with(person))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].status").value(hasItem("APPROVED")));
	}

	@Autowired
	io.gongxin.catalog.Catalogs catalogs;

	@Test
	@DisplayName("R-27a the 2025 three-tier model as catalog data: a minor penalty leaves queries after 3 months, a general one stays")
	void threeTierPublication() throws Exception {
		today("2026-06-01");
		long warning = record("ADMIN_PENALTY", "rights-tier-minor", "2026-01-15", """
				{"decisionNumber": "沪市监罚〔2026〕T1号", "penaltyType": "警告", "decidedOn": "2026-01-15", "authority": "市市场监督管理局"}""");
		long fine = record("ADMIN_PENALTY", "rights-tier-general", "2026-01-15", """
				{"decisionNumber": "沪市监罚〔2026〕T2号", "penaltyType": "罚款", "decidedOn": "2026-01-15", "authority": "市市场监督管理局"}""");
		io.gongxin.catalog.CatalogDocument previous = catalogs.published();
		catalogs.saveDraft(previous.withVersion("2099.tiers").withPublicationBySeverity(java.util.Map.of(
				io.gongxin.catalog.Severity.MINOR, "P3M", io.gongxin.catalog.Severity.GENERAL, "P1Y",
				io.gongxin.catalog.Severity.SERIOUS, "P3Y")), "test");
		catalogs.publish("2099.tiers", "test");
		try {
			mvc.perform(get("/api/v1/subjects/{id}/profile", PERSON))
				.andExpect(jsonPath("$.records[*].id", not(hasItem((int) warning))))
				.andExpect(jsonPath("$.records[*].id", hasItem((int) fine)));
			sweep.expire();
			assertThat(jdbc.sql("select state from records where record_id = ?").param(warning).query(String.class).single())
				.isEqualTo("EXPIRED");
			assertThat(jdbc.sql("select state from records where record_id = ?").param(fine).query(String.class).single())
				.isEqualTo("ACTIVE");
		}
		finally {
			catalogs.saveDraft(previous.withVersion("2099.tiers-off"), "test");
			catalogs.publish("2099.tiers-off", "test");
		}
	}

	@Test
	@DisplayName("R-27a the expiry sweep marks records past their period expired, and is idempotent")
	void expirySweep() throws Exception {
		long record = penalty("rights-expiry", "2021-01-04");
		today("2026-01-05");
		sweep.expire();
		sweep.expire();
		assertThat(jdbc.sql("select state from records where record_id = ?").param(record).query(String.class).single())
			.isEqualTo("EXPIRED");
	}
}
