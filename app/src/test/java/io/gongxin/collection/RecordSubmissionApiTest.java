package io.gongxin.collection;

import java.time.ZonedDateTime;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.catalog.Catalogs;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
class RecordSubmissionApiTest {

	static final String COMPANY = "91350100M000100Y43";

	static final String ADULT = "310101198506150032";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalogs catalogs;

	static String penalty(String sourceRef, String subjectId, String type, String extraFields) {
		return """
				{"item": "ADMIN_PENALTY", "sourceRef": "%s",
				 "subject": {"type": "%s", "id": "%s", "name": "示例主体"},
				 "occurredOn": "2025-03-10",
				 "fields": {"decisionNumber": "沪市监罚〔2025〕12号", "penaltyType": "罚款", "decidedOn": "2025-03-10",
				            "authority": "市市场监督管理局", "amount": "2.5"%s}}""".formatted(sourceRef, type, subjectId, extraFields);
	}

	ResultActions submit(RequestPostProcessor caller, String... records) throws Exception {
		return mvc.perform(post("/api/v1/records").with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + String.join(",", records) + "]}"));
	}

	@Test
	@DisplayName("same (provider, sourceRef) again is UNCHANGED, with a change UPDATED, never a duplicate")
	void submissionsAreIdempotent() throws Exception {
		String first = submit(accounts.tax(), penalty("idem-1", COMPANY, "LEGAL_PERSON", ""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.rejected").value(0))
			.andExpect(jsonPath("$.results[0].index").value(0))
			.andExpect(jsonPath("$.results[0].sourceRef").value("idem-1"))
			.andExpect(jsonPath("$.results[0].status").value("CREATED"))
			.andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(first, "$.results[0].recordId");
		submit(accounts.tax(), penalty("idem-1", COMPANY, "LEGAL_PERSON", ""))
			.andExpect(jsonPath("$.results[0].status").value("UNCHANGED"))
			.andExpect(jsonPath("$.results[0].recordId").value(id));
		submit(accounts.tax(), penalty("idem-1", " 91350100m000100y43 ", "法人和其他组织", ", \"amount\": 2.50"))
			.andExpect(jsonPath("$.results[0].status").value("UNCHANGED"));
		submit(accounts.tax(), penalty("idem-1", COMPANY, "LEGAL_PERSON", ", \"amount\": \"3\""))
			.andExpect(jsonPath("$.results[0].status").value("UPDATED"))
			.andExpect(jsonPath("$.results[0].recordId").value(id));
		assertThat(jdbc.sql("select count(*) from records r join record_keys k using (record_id) "
				+ "where k.provider = 'TAX' and k.source_ref = 'idem-1'").query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/api/v1/records/{id}", id).with(accounts.tax()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.fields.amount").value(3))
			.andExpect(jsonPath("$.history[0].version").value(1))
			.andExpect(jsonPath("$.history[0].replacedBy").value("tax"))
			.andExpect(jsonPath("$.history[0].content.fields.amount").value(2.5));
	}

	@Test
	@DisplayName("R-15 every record names the catalog version it was validated against")
	void recordsNameTheirCatalogVersion() throws Exception {
		String body = submit(accounts.tax(), penalty("version-1", COMPANY, "LEGAL_PERSON", ""))
			.andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(body, "$.results[0].recordId");
		mvc.perform(get("/api/v1/records/{id}", id).with(accounts.tax()))
			.andExpect(jsonPath("$.catalogVersion").value(catalogs.published().version()));
	}

	@Test
	@DisplayName("R-09a real-time submission: good records are kept beside bad ones, each rejection with field, code and message")
	void goodRecordsAreKeptBesideBadOnes() throws Exception {
		submit(accounts.tax(), penalty("mixed-good", COMPANY, "LEGAL_PERSON", ""),
				penalty("mixed-bad-id", "91350100M000100Y44", "LEGAL_PERSON", ""),
				"""
						{"item": "ADMIN_PENALTY", "sourceRef": "mixed-bad-fields", "subject": {"type": "LEGAL_PERSON", "id": "%s"},
						 "occurredOn": "2025-13-01", "fields": {"penaltyType": "罚款", "amount": "lots"}}""".formatted(COMPANY),
				"{\"item\": \"EXAM_CHEATING\", \"sourceRef\": \"not-permitted\", \"subject\": {\"type\": \"NATURAL_PERSON\", \"id\": \""
						+ ADULT + "\"}, \"occurredOn\": \"2025-01-01\", \"fields\": {}}",
				"\"not an object\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.rejected").value(4))
			.andExpect(jsonPath("$.results[0].status").value("CREATED"))
			.andExpect(jsonPath("$.results[1].status").value("REJECTED"))
			.andExpect(jsonPath("$.results[1].errors[0].field").value("subject.id"))
			.andExpect(jsonPath("$.results[1].errors[0].code").value("INVALID_IDENTIFIER"))
			.andExpect(jsonPath("$.results[1].errors[0].message").isNotEmpty())
			.andExpect(jsonPath("$.results[1].recordId").doesNotExist())
			.andExpect(jsonPath("$.results[2].errors[*].code", hasItem("INVALID_DATE")))
			.andExpect(jsonPath("$.results[2].errors[*].code", hasItem("INVALID_NUMBER")))
			.andExpect(jsonPath("$.results[2].errors[?(@.field == 'fields.decisionNumber')].code").value(hasItem("REQUIRED")))
			.andExpect(jsonPath("$.results[2].errors[?(@.field == 'fields.authority')].code").value(hasItem("REQUIRED")))
			.andExpect(jsonPath("$.results[3].errors[0].code").value("ITEM_NOT_PERMITTED"))
			.andExpect(jsonPath("$.results[4].status").value("REJECTED"));
	}

	@Test
	@DisplayName("R-10 a record about a person under 18 on the record's date is refused")
	void minorsAreRefused() throws Exception {
		String cheating = """
				{"item": "EXAM_CHEATING", "sourceRef": "%s", "subject": {"type": "NATURAL_PERSON", "id": "%s", "name": "张三"},
				 "occurredOn": "%s", "fields": {"examName": "全国英语等级考试", "examDate": "%s", "conduct": "携带通讯工具",
				 "decisionNumber": "沪教考〔2018〕3号", "decidedOn": "%s", "authority": "市教育考试院"}}""";
		// born 2000-03-07: 18 on 2018-03-07
		String person = "110101200003074253";
		submit(accounts.market(), cheating.formatted("minor-1", person, "2018-03-06", "2018-03-06", "2018-03-06"),
				cheating.formatted("minor-2", person, "2018-03-07", "2018-03-07", "2018-03-07"))
			.andExpect(jsonPath("$.results[0].status").value("REJECTED"))
			.andExpect(jsonPath("$.results[0].errors[0].field").value("subject.id"))
			.andExpect(jsonPath("$.results[0].errors[0].code").value("MINOR_SUBJECT"))
			.andExpect(jsonPath("$.results[1].status").value("CREATED"));
	}

	@Test
	@DisplayName("R-14 a submission carrying prohibited data is refused whatever the field's name or language")
	void prohibitedFieldsAreRefused() throws Exception {
		submit(accounts.tax(), penalty("prohibited-1", ADULT, "NATURAL_PERSON", ", \"血型\": \"A\""),
				penalty("prohibited-2", ADULT, "NATURAL_PERSON", ", \"Religion\": \"x\""),
				penalty("prohibited-3", ADULT, "NATURAL_PERSON", ", \"medical_history\": \"x\""),
				penalty("unknown-1", ADULT, "NATURAL_PERSON", ", \"favouriteColour\": \"red\""))
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.results[0].errors[0].code").value("PROHIBITED_FIELD"))
			.andExpect(jsonPath("$.results[0].errors[0].field").value("fields.血型"))
			.andExpect(jsonPath("$.results[1].errors[0].code").value("PROHIBITED_FIELD"))
			.andExpect(jsonPath("$.results[2].errors[0].code").value("PROHIBITED_FIELD"))
			.andExpect(jsonPath("$.results[3].errors[0].code").value("UNKNOWN_FIELD"));
		assertThat(jdbc.sql("select count(*) from record_keys where source_ref like 'prohibited-%'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void itemsApplyOnlyToTheirSubjectTypes() throws Exception {
		submit(accounts.market(), """
				{"item": "EXAM_CHEATING", "sourceRef": "org-exam", "subject": {"type": "LEGAL_PERSON", "id": "%s"},
				 "occurredOn": "2025-01-01", "fields": {"examName": "x", "examDate": "2025-01-01", "conduct": "x",
				 "decisionNumber": "x", "decidedOn": "2025-01-01", "authority": "x"}}""".formatted(COMPANY),
				penalty("mismatch", ADULT, "LEGAL_PERSON", ""))
			.andExpect(jsonPath("$.results[0].errors[0].code").value("SUBJECT_TYPE_NOT_ALLOWED"))
			.andExpect(jsonPath("$.results[1].errors[0].code").value("SUBJECT_TYPE_MISMATCH"));
	}

	@Test
	@DisplayName("R-09b a penalty decision submitted after 7 working days is flagged late")
	void lateSubmissionsAreFlagged() throws Exception {
		clock.set(ZonedDateTime.parse("2026-09-30T10:00:00+08:00[Asia/Shanghai]"));
		String late = penalty("late-1", COMPANY, "LEGAL_PERSON", "").replace("2025-03-10", "2026-09-18");
		String inTime = penalty("late-2", COMPANY, "LEGAL_PERSON", "").replace("2025-03-10", "2026-09-21");
		String body = submit(accounts.tax(), late, inTime).andReturn().getResponse().getContentAsString();
		Number lateId = JsonPath.read(body, "$.results[0].recordId");
		Number inTimeId = JsonPath.read(body, "$.results[1].recordId");
		mvc.perform(get("/api/v1/records/{id}", lateId).with(accounts.tax())).andExpect(jsonPath("$.late").value(true));
		mvc.perform(get("/api/v1/records/{id}", inTimeId).with(accounts.tax())).andExpect(jsonPath("$.late").value(false));
		assertThat(jdbc.sql("select late from collection_log where source_ref = 'late-1'").query(Boolean.class).single())
			.isTrue();
	}

	@Test
	@DisplayName("R-09b R-WD lateness counted on a provisional calendar is left open, not stored for good")
	void latenessOnAProvisionalCalendarIsLeftOpen() throws Exception {
		clock.set(ZonedDateTime.parse("2027-01-20T10:00:00+08:00[Asia/Shanghai]"));
		String decided = penalty("late-prov-" + System.nanoTime(), COMPANY, "LEGAL_PERSON", "").replace("2025-03-10", "2026-12-30");
		String body = submit(accounts.tax(), decided).andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(body, "$.results[0].recordId");
		mvc.perform(get("/api/v1/records/{id}", id).with(accounts.tax())).andExpect(jsonPath("$.late").isEmpty());
	}

	@Test
	@DisplayName("R-09b the collection log records who submitted what and when, rejections included")
	void collectionLogKeepsEveryOutcome() throws Exception {
		submit(accounts.tax(), penalty("log-1", COMPANY, "LEGAL_PERSON", ""),
				penalty("log-2", "bad", "LEGAL_PERSON", ""));
		var rows = jdbc.sql("select username, provider, channel, outcome, detail from collection_log "
				+ "where source_ref in ('log-1', 'log-2') order by source_ref").query().listOfRows();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("username", "tax").containsEntry("provider", "TAX")
			.containsEntry("channel", "API").containsEntry("outcome", "CREATED");
		assertThat(rows.get(1)).containsEntry("outcome", "REJECTED");
		assertThat((String) rows.get(1).get("detail")).contains("INVALID_IDENTIFIER");
	}

	@Test
	@org.junit.jupiter.api.DisplayName("R-19 a provider reading its records back is on the query log, one entry per subject and read")
	void providerReadsAreLogged() throws Exception {
		String body = submit(accounts.tax(), penalty("read-back-" + System.nanoTime(), COMPANY, "LEGAL_PERSON", ""))
			.andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(body, "$.results[0].recordId");
		long before = reads();
		mvc.perform(get("/api/v1/records/{id}", id).with(accounts.tax())).andExpect(status().isOk());
		assertThat(reads()).isEqualTo(before + 1);
		mvc.perform(get("/api/v1/records").with(accounts.tax()).param("size", "5")).andExpect(status().isOk());
		assertThat(reads()).isGreaterThan(before + 1);
	}

	private long reads() {
		return jdbc.sql("select count(*) from query_log where channel = 'RECORD_READ' and username = 'tax'")
			.query(Long.class).single();
	}

	@Test
	void providersRevokeOnlyTheirOwnRecords() throws Exception {
		String body = submit(accounts.tax(), penalty("revoke-1", COMPANY, "LEGAL_PERSON", ""))
			.andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(body, "$.results[0].recordId");
		String reason = "{\"reason\": \"处罚决定已被复议撤销\"}";
		mvc.perform(post("/api/v1/records/{id}/revocation", id).contentType(MediaType.APPLICATION_JSON).content(reason))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/records/{id}/revocation", id).with(accounts.market())
			.contentType(MediaType.APPLICATION_JSON).content(reason))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("NOT_OWN_RECORD"));
		mvc.perform(post("/api/v1/records/{id}/revocation", id).with(accounts.querier())
			.contentType(MediaType.APPLICATION_JSON).content(reason)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/records/{id}/revocation", id).with(accounts.tax())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
		mvc.perform(post("/api/v1/records/{id}/revocation", id).with(accounts.tax())
			.contentType(MediaType.APPLICATION_JSON).content(reason))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REVOKED"));
		mvc.perform(get("/api/v1/records/{id}", id).with(accounts.tax()))
			.andExpect(jsonPath("$.history[-1].reason").value(org.hamcrest.Matchers.containsString("处罚决定已被复议撤销")));
		submit(accounts.tax(), penalty("revoke-1", COMPANY, "LEGAL_PERSON", ""))
			.andExpect(jsonPath("$.results[0].status").value("REJECTED"))
			.andExpect(jsonPath("$.results[0].errors[0].code").value("RECORD_REVOKED"));
		mvc.perform(post("/api/v1/records/999999999/revocation").with(accounts.tax())
			.contentType(MediaType.APPLICATION_JSON).content(reason))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_RECORD"));
	}

	@Test
	void onlyProvidersSubmit() throws Exception {
		String record = penalty("who-1", COMPANY, "LEGAL_PERSON", "");
		mvc.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON).content("{\"records\": [" + record + "]}"))
			.andExpect(status().isUnauthorized());
		for (RequestPostProcessor caller : new RequestPostProcessor[] { accounts.center(), accounts.querier(),
				accounts.agency(), accounts.auditor() }) {
			submit(caller, record).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
		}
	}

	@Test
	void malformedRequestsAreProblems() throws Exception {
		mvc.perform(post("/api/v1/records").with(accounts.tax()).contentType(MediaType.APPLICATION_JSON).content("{\"records\": [}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
		mvc.perform(post("/api/v1/records").with(accounts.tax()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
		String many = "{\"records\": [" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]}";
		mvc.perform(post("/api/v1/records").with(accounts.tax()).contentType(MediaType.APPLICATION_JSON).content(many))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("TOO_MANY_RECORDS"));
	}

	@Test
	@DisplayName("no id number of a person whose records arrived is stored in plaintext, fields included")
	void personsRecordsLeaveNoPlaintextIdNumber() throws Exception {
		String person = "31010419900307107X";
		submit(accounts.tax(), penalty("plain-1", person, "NATURAL_PERSON", ", \"authorityCode\": \"11010519491231002X\""))
			.andExpect(jsonPath("$.results[0].status").value("CREATED"));
		StringBuilder dump = new StringBuilder();
		// every table the application can read (the migration history is the owner's alone)
		for (String table : jdbc.sql("select tablename from pg_tables where schemaname = 'public' "
				+ "and has_table_privilege(format('%I.%I', schemaname, tablename), 'select')").query(String.class).list()) {
			jdbc.sql("select t::text from " + table + " t").query(String.class).list().forEach(dump::append);
		}
		assertThat(dump.indexOf(person)).isEqualTo(-1);
		assertThat(dump.indexOf("11010519491231002X")).isEqualTo(-1);
		assertThat(dump.toString()).contains("1101**********002X");
	}
}
