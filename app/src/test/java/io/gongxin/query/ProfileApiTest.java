package io.gongxin.query;

import java.time.ZonedDateTime;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
class ProfileApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	private org.springframework.test.web.servlet.ResultActions profile(String id, RequestPostProcessor... callers)
			throws Exception {
		var request = get("/api/v1/subjects/{id}/profile", id);
		for (RequestPostProcessor caller : callers) {
			request.with(caller);
		}
		return mvc.perform(request);
	}

	@Test
	@DisplayName("R-16a anonymous callers see public items only, with the organisation's code whole")
	void anonymousSeesPublicItems() throws Exception {
		profile(QueryFixture.COMPANY).andExpect(status().isOk())
			.andExpect(jsonPath("$.queryId").isNotEmpty())
			.andExpect(jsonPath("$.subject.type").value("LEGAL_PERSON"))
			.andExpect(jsonPath("$.subject.id").value(QueryFixture.COMPANY))
			.andExpect(jsonPath("$.subject.name").value("上海市测试查询有限公司"))
			.andExpect(jsonPath("$.records[*].item", containsInAnyOrder("ADMIN_PENALTY", "COMMENDATION")))
			.andExpect(jsonPath("$.records[0].itemName").isNotEmpty())
			.andExpect(jsonPath("$.records[0].category").isNotEmpty())
			.andExpect(jsonPath("$.records[0].disclosure").value("PUBLIC"))
			.andExpect(jsonPath("$.records[0].provider").value("MARKET"))
			.andExpect(jsonPath("$.records[0].fields").isMap())
			.andExpect(jsonPath("$.records[0].objection").isEmpty());
	}

	@Test
	@DisplayName("R-16a each record's fields are answered as the store keeps them, passed through without re-serialising")
	void fieldsPassedThroughAsStored() throws Exception {
		String stored = jdbc.sql("""
				select r.fields::text from records r join subject_lookup l on l.subject_key = r.subject_key
				 where l.lookup = ? and r.item = 'ADMIN_PENALTY' and r.state = 'ACTIVE' order by r.record_id limit 1""")
			.param("U:" + QueryFixture.COMPANY)
			.query(String.class)
			.single();

		String body = profile(QueryFixture.COMPANY).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(body).contains("\"fields\":" + stored);
	}

	@Test
	@DisplayName("R-16a R-18 the profile can be asked with the identifier in the body, so no id number goes into a URL")
	void profileQueriesKeepIdentifiersOutOfUrls() throws Exception {
		mvc.perform(post("/api/v1/subjects/profile-queries").contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"%s\"}".formatted(QueryFixture.COMPANY)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records[*].item", containsInAnyOrder("ADMIN_PENALTY", "COMMENDATION")));
		mvc.perform(post("/api/v1/subjects/profile-queries").with(accounts.querier()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"%s\"}".formatted(QueryFixture.PERSON)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MATTER_REQUIRED"));
		mvc.perform(post("/api/v1/subjects/profile-queries").with(accounts.querier()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"%s\", \"matter\": \"HIRING\", \"purpose\": \"招录审查\"}".formatted(QueryFixture.PERSON)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject.id").value("3201**********0026"));
		mvc.perform(post("/api/v1/subjects/profile-queries").contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"12345\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_IDENTIFIER"));
		mvc.perform(post("/api/v1/subjects/profile-queries").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
	}

	@Test
	@DisplayName("R-16b any account without an authorization also sees public items only")
	void accountsWithoutAuthorizationSeePublicItems() throws Exception {
		for (RequestPostProcessor caller : new RequestPostProcessor[] { accounts.auditor(), accounts.agency(),
				accounts.tax(), accounts.center() }) {
			profile(QueryFixture.COMPANY, caller)
				.andExpect(jsonPath("$.records[*].item", containsInAnyOrder("ADMIN_PENALTY", "COMMENDATION")));
		}
	}

	@Test
	@DisplayName("R-20a the subject sees all its records and its own id number whole; others see it masked")
	void theSubjectSeesEverything() throws Exception {
		profile(QueryFixture.PERSON, QueryFixture.person())
			.andExpect(jsonPath("$.subject.id").value(QueryFixture.PERSON))
			.andExpect(jsonPath("$.records[*].item",
					containsInAnyOrder("EXAM_CHEATING", "ADMIN_PENALTY", "VOLUNTEER")));
		profile(QueryFixture.PERSON).andExpect(jsonPath("$.subject.id").value("3201**********0026"))
			.andExpect(jsonPath("$.records[*].item", containsInAnyOrder("ADMIN_PENALTY")));
		profile(QueryFixture.COMPANY, QueryFixture.person())
			.andExpect(jsonPath("$.records[*].item", containsInAnyOrder("ADMIN_PENALTY", "COMMENDATION")));
	}

	@Test
	@DisplayName("R-18 a government querier names matter and purpose and sees that matter's items")
	void governmentQueriesAreMatterBound() throws Exception {
		profile(QueryFixture.COMPANY, accounts.querier()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MATTER_REQUIRED"));
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).param("matter", "GOV_PROCUREMENT")
			.with(accounts.querier())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MATTER_REQUIRED"));
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).param("matter", "NO_SUCH")
			.param("purpose", "x")
			.with(accounts.querier())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_MATTER"));
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).param("matter", "GOV_PROCUREMENT")
			.param("purpose", "2026年办公设备采购项目供应商资格审查")
			.with(accounts.querier()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records[*].item", containsInAnyOrder("ADMIN_PENALTY", "TAX_ARREARS")));
		assertThat(jdbc.sql("select matter || '|' || purpose from query_log where role = 'GOV_QUERIER' order by id desc limit 1")
			.query(String.class).single()).isEqualTo("GOV_PROCUREMENT|2026年办公设备采购项目供应商资格审查");
	}

	@Test
	@DisplayName("R-20a an authorization opens the granted non-public items to the grantee until revoked or expired")
	void authorizationsOpenAndClose() throws Exception {
		String body = mvc.perform(post("/api/v1/authorizations").with(QueryFixture.person())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"grantee": "AGENCY1", "items": ["VOLUNTEER"], "purpose": "个人信用报告", "validUntil": "2099-12-31"}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(body, "$.id");
		RequestPostProcessor agency = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic("agency", "agency-demo");
		profile(QueryFixture.PERSON, agency)
			.andExpect(jsonPath("$.records[*].item", containsInAnyOrder("ADMIN_PENALTY", "VOLUNTEER")));
		assertThat(jdbc.sql("select authorization_id from query_log where organisation = 'AGENCY1' order by id desc limit 1")
			.query(Long.class).single()).isEqualTo(id.longValue());
		profile(QueryFixture.PERSON, accounts.auditor()).andExpect(jsonPath("$.records[*].item", not(hasItem("VOLUNTEER"))));
		clock.set(ZonedDateTime.parse("2100-01-01T09:00:00+08:00[Asia/Shanghai]"));
		profile(QueryFixture.PERSON, agency).andExpect(jsonPath("$.records[*].item", not(hasItem("VOLUNTEER"))));
		clock.reset();
		mvc.perform(delete("/api/v1/authorizations/{id}", id).with(agency)).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/authorizations/{id}", id).with(QueryFixture.person())).andExpect(status().isOk());
		profile(QueryFixture.PERSON, agency).andExpect(jsonPath("$.records[*].item", not(hasItem("VOLUNTEER"))));
	}

	@Test
	void onlyTheSubjectGrantsAuthorizations() throws Exception {
		String grant = """
				{"grantee": "AGENCY1", "items": null, "purpose": "x", "validUntil": "2099-12-31"}""";
		mvc.perform(post("/api/v1/authorizations").contentType(MediaType.APPLICATION_JSON).content(grant))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/authorizations").with(accounts.agency()).contentType(MediaType.APPLICATION_JSON).content(grant))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/authorizations").with(QueryFixture.person()).contentType(MediaType.APPLICATION_JSON)
			.content(grant.replace("AGENCY1", "NOBODY"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("UNKNOWN_ORGANISATION"));
		mvc.perform(post("/api/v1/authorizations").with(QueryFixture.person()).contentType(MediaType.APPLICATION_JSON)
			.content(grant.replace("2099-12-31", "2001-01-01"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_VALID_UNTIL"));
	}

	@Test
	@DisplayName("R-27a a dishonesty record leaves every query when its period ends: shown the day before, gone that day")
	void expiryBoundary() throws Exception {
		mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + QueryFixture.record("ADMIN_PENALTY", "q-expiring", "LEGAL_PERSON",
					"91330106MA27XR5Y4E", "2021-01-05", "2021-06-10", QueryFixture.PENALTY) + "]}"))
			.andExpect(jsonPath("$.accepted").value(1));
		clock.set(ZonedDateTime.parse("2026-06-09T23:00:00+08:00[Asia/Shanghai]"));
		profile("91330106MA27XR5Y4E").andExpect(jsonPath("$.records.length()").value(1));
		clock.set(ZonedDateTime.parse("2026-06-10T00:30:00+08:00[Asia/Shanghai]"));
		profile("91330106MA27XR5Y4E").andExpect(jsonPath("$.records.length()").value(0));
	}

	@Test
	void revokedRecordsAreNeverShown() throws Exception {
		String body = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + QueryFixture.record("ADMIN_PENALTY", "q-revoked", "LEGAL_PERSON",
					"91110000600037341L", "2025-01-05", null, QueryFixture.PENALTY) + "]}"))
			.andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(body, "$.results[0].recordId");
		profile("91110000600037341L").andExpect(jsonPath("$.records[*].id", hasItem(id.intValue())));
		mvc.perform(post("/api/v1/records/{id}/revocation", id).with(accounts.market())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"复议撤销\"}")).andExpect(status().isOk());
		profile("91110000600037341L").andExpect(jsonPath("$.records[*].id", not(hasItem(id.intValue()))));
	}

	@Test
	@DisplayName("R-19 every profile writes one query-log entry; if it cannot be written no data is returned")
	void everyProfileIsLoggedAndLoggingFailsClosed() throws Exception {
		long before = jdbc.sql("select count(*) from query_log").query(Long.class).single();
		profile(QueryFixture.COMPANY).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from query_log").query(Long.class).single()).isEqualTo(before + 1);
		// the application's role may not add triggers: the superuser plays the failing log
		superuser().sql("""
				create function refuse_log() returns trigger language plpgsql as $$
				begin raise exception 'log unavailable'; end $$""").update();
		ddl("create trigger refuse_log before insert on query_log for each row execute function refuse_log()");
		try {
			profile(QueryFixture.COMPANY).andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.code").value("AUDIT_UNAVAILABLE"))
				.andExpect(jsonPath("$.records").doesNotExist());
		}
		finally {
			ddl("drop trigger refuse_log on query_log");
			superuser().sql("drop function refuse_log()").update();
		}
	}

	@Autowired
	io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

	private JdbcClient superuser() {
		return new io.gongxin.DatabaseSuperuser(postgres).jdbc();
	}

	/**
	 * A trigger on the partitioned log locks every partition, which can deadlock with the background sealer
	 * reading them; PostgreSQL then aborts one side, so try again rather than leave the trigger behind.
	 */
	private void ddl(String sql) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				superuser().sql(sql).update();
				return;
			}
			catch (org.springframework.dao.PessimisticLockingFailureException ex) {
				if (attempt == 5) {
					throw ex;
				}
				Thread.sleep(100L * attempt);
			}
		}
	}

	@Test
	void badIdentifiersAndUnknownSubjects() throws Exception {
		profile("91350100M000100Y44").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_IDENTIFIER"));
		profile("91440300MA5FUTURE1").andExpect(status().isBadRequest());
		// issue 12: an anonymous caller cannot tell an unknown person from a known one with nothing public
		profile("110105196001011239").andExpect(status().isOk()).andExpect(jsonPath("$.records").isEmpty())
			.andExpect(jsonPath("$.subject.name").value("*"));
		profile("110105196001011239", accounts.agency()).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_SUBJECT"));
	}

	@Test
	@DisplayName("R-19 the subject reads who queried it; auditors and the centre read all; nobody else")
	void whoQueriedMe() throws Exception {
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.PERSON).param("matter", "HIRING")
			.param("purpose", "公务员招录政审").with(accounts.querier())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit/queries").param("subject", QueryFixture.PERSON).with(QueryFixture.person()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[?(@.matter == 'HIRING')].organisation").value(hasItem("T_PROC")))
			.andExpect(jsonPath("$.entries[?(@.matter == 'HIRING')].user").value(hasItem("t-procurement")))
			.andExpect(jsonPath("$.entries[?(@.matter == 'HIRING')].purpose").value(hasItem("公务员招录政审")))
			.andExpect(jsonPath("$.entries[0].items").isArray())
			.andExpect(jsonPath("$.entries[0].at").isNotEmpty());
		mvc.perform(get("/api/v1/audit/queries").param("subject", QueryFixture.PERSON).with(accounts.auditor()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit/queries").param("subject", QueryFixture.PERSON).with(accounts.center()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit/queries").param("subject", QueryFixture.COMPANY).with(QueryFixture.person()))
			.andExpect(status().isForbidden());
		for (RequestPostProcessor caller : new RequestPostProcessor[] { accounts.querier(), accounts.agency(),
				accounts.tax(), accounts.operator() }) {
			mvc.perform(get("/api/v1/audit/queries").param("subject", QueryFixture.PERSON).with(caller))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/audit/queries").param("subject", QueryFixture.PERSON)).andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from query_log q where q::text like ?").param("%" + QueryFixture.PERSON + "%")
			.query(Long.class).single()).isZero();
	}

	@Test
	void searchFindsOrganisationsByPartOfTheirName() throws Exception {
		mvc.perform(get("/api/v1/subjects").param("name", "测试查询"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(QueryFixture.COMPANY)))
			.andExpect(jsonPath("$.items[*].type", not(hasItem("NATURAL_PERSON"))));
		mvc.perform(get("/api/v1/subjects").param("name", "李")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/subjects").param("name", "李四")).andExpect(jsonPath("$.items.length()").value(0));
	}
}
