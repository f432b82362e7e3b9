package io.gongxin.query.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.DatabaseSuperuser;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.account.Accounts;
import io.gongxin.query.CountedStatements;
import io.gongxin.query.QueryFixture;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: a profile read sends one statement for the subject, its records and their objection marks; the published
 * catalog (with the matters' grants, R-18) and the caller's view come from memory, cleared on every node when a
 * version is published anywhere (ADR 0013). Statements are counted on the request's thread ({@link CountedStatements});
 * the query-log entry and the caller's authentication are not the profile's reads and are left out.
 */
@GongxinTest
@Import(CountedStatements.class)
class ProfileStatementsTest {

	private static final Duration DEADLINE = Duration.ofSeconds(20);

	private static final String ONE = ProfileRows.SQL.strip().replaceAll("\\s+", " ");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	Accounts users;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
		// the catalog in memory, as on a node that has answered before
		anonymous().andExpect(status().isOk());
	}

	@Test
	@DisplayName("R-16a R-19 an anonymous profile read is one statement for subject, records and marks, beside its log entry")
	void anonymousReadIsOneStatement() throws Exception {
		String[] queryId = new String[1];
		List<String> sent = CountedStatements.during(() -> queryId[0] = JsonPath.read(anonymous().andExpect(status().isOk())
			.andExpect(jsonPath("$.records.length()").value(2)).andReturn().getResponse().getContentAsString(), "$.queryId"));
		assertThat(reads(sent)).containsExactly(ONE);
		// the entry is written by the log's group writer (another thread), committed before the read returned
		assertThat(new DatabaseSuperuser(postgres).jdbc().sql("select count(*) from query_log where query_id = cast(? as uuid)")
			.param(queryId[0]).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("R-18 R-19 a government read checks its matter's grant without a query: one statement beside authentication and the log")
	void governmentReadIsOneStatement() throws Exception {
		government().andExpect(status().isOk());
		List<String> sent = CountedStatements.during(() -> government().andExpect(status().isOk())
			.andExpect(jsonPath("$.records[*].item").isNotEmpty()));
		assertThat(reads(sent)).containsExactly(ONE);
	}

	@Test
	@DisplayName("R-18 R-19 a government read with an API token: one statement for the token's live holder, one for the profile")
	void bearerReadIsTwoStatements() throws Exception {
		String token = users.issueToken("t-procurement", "statements", null).token();
		bearer(token).andExpect(status().isOk());
		List<String> sent = CountedStatements.during(() -> bearer(token).andExpect(status().isOk()));
		List<String> beside = sent.stream().filter(sql -> !sql.contains("query_log")).toList();
		assertThat(beside).hasSize(2);
		assertThat(beside.get(0)).contains("from api_tokens t join accounts a").contains("t.revoked_at is null");
		assertThat(beside.get(1)).isEqualTo(ONE);
	}

	@Test
	@DisplayName("R-16b R-20a an agency's read takes the subject's grants to it from the same one statement, and logs the grant")
	void grantsComeWithTheProfile() throws Exception {
		String body = mvc.perform(post("/api/v1/authorizations").with(QueryFixture.person())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"grantee": "AGENCY1", "items": ["VOLUNTEER"], "purpose": "个人信用报告", "validUntil": "2099-12-31"}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(body, "$.id");
		try {
			List<String> sent = CountedStatements.during(() -> mvc
				.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.PERSON).with(httpBasic("agency", "agency-demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.records[*].item", hasItem("VOLUNTEER"))));
			assertThat(reads(sent)).containsExactly(ProfileRows.WITH_GRANTS.strip().replaceAll("\\s+", " "));
			assertThat(new DatabaseSuperuser(postgres).jdbc()
				.sql("select authorization_id from query_log where organisation = 'AGENCY1' order by id desc limit 1")
				.query(Long.class).single()).isEqualTo(id.longValue());
		}
		finally {
			mvc.perform(delete("/api/v1/authorizations/{id}", id).with(QueryFixture.person())).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.PERSON).with(httpBasic("agency", "agency-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records[*].item", not(hasItem("VOLUNTEER"))));
	}

	@Test
	@DisplayName("R-05 R-16a a subject the platform does not know is looked up with the same one statement")
	void unknownSubjectIsOneStatement() throws Exception {
		List<String> sent = CountedStatements.during(() -> mvc
			.perform(get("/api/v1/subjects/{id}/profile", "91310000MA1FL8TQ36"))
			.andExpect(status().isNotFound()));
		assertThat(reads(sent)).containsExactly(ONE);
	}

	@Test
	@DisplayName("R-18 a grant withdrawn by a catalog published on another node is refused here once it commits; then read once and kept")
	void grantWithdrawnOnAnotherNode() throws Exception {
		DatabaseSuperuser otherNode = new DatabaseSuperuser(postgres);
		String inForce = otherNode.jdbc().sql("select version from catalog_versions where status = 'PUBLISHED'")
			.query(String.class).single();
		// the version before the tests' own grants every matter to T_PROC: it grants the test querier nothing
		String before = otherNode.jdbc().sql("""
				select version from catalog_versions where status = 'RETIRED' order by published_at desc limit 1""")
			.query(String.class).single();
		government().andExpect(status().isOk());
		try {
			publishElsewhere(otherNode, before);
			await(() -> government().andReturn().getResponse().getStatus() == 403);
			List<String> first = CountedStatements.during(() -> government().andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("MATTER_NOT_GRANTED")));
			assertThat(first).noneMatch(sql -> sql.contains("catalog_versions"));
		}
		finally {
			publishElsewhere(otherNode, inForce);
		}
		await(() -> government().andReturn().getResponse().getStatus() == 200);
		List<String> again = CountedStatements.during(() -> government().andExpect(status().isOk()));
		assertThat(reads(again)).containsExactly(ONE);
	}

	/** What another node's publication does: the version in force changes, the cache's version moves, a notice goes out. */
	private static void publishElsewhere(DatabaseSuperuser node, String version) {
		node.jdbc().sql("update catalog_versions set status = 'RETIRED' where status = 'PUBLISHED'").update();
		node.jdbc().sql("update catalog_versions set status = 'PUBLISHED' where version = ?").param(version).update();
		node.jdbc().sql("""
				insert into cache_versions (name, version) values ('catalog', 1)
				on conflict (name) do update set version = cache_versions.version + 1""").update();
		node.jdbc().sql("select pg_notify('gongxin_cache', 'catalog')").query().listOfRows();
	}

	/** The statements that read for the profile: not the log's, not authentication's. */
	private static List<String> reads(List<String> sent) {
		return sent.stream()
			.filter(sql -> !sql.contains("query_log") && !sql.contains("login_throttle") && !sql.contains(" accounts ")
					&& !sql.contains("api_tokens"))
			.toList();
	}

	private ResultActions anonymous() throws Exception {
		return mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY));
	}

	private ResultActions bearer(String token) throws Exception {
		return mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).param("matter", "GOV_PROCUREMENT")
			.param("purpose", "2026年办公设备采购项目供应商资格审查")
			.header("Authorization", "Bearer " + token));
	}

	private ResultActions government() throws Exception {
		return mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).param("matter", "GOV_PROCUREMENT")
			.param("purpose", "2026年办公设备采购项目供应商资格审查")
			.with(accounts.querier()));
	}

	private static void await(Callable<Boolean> condition) throws Exception {
		long until = System.nanoTime() + DEADLINE.toNanos();
		while (!condition.call()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("not within " + DEADLINE);
			}
			Thread.sleep(50);
		}
	}
}
