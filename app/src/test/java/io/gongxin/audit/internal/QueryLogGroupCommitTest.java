package io.gongxin.audit.internal;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.DatabaseSuperuser;
import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.audit.QueryLogChain;
import io.gongxin.query.QueryFixture;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Group commit of the query log (issue 16, R-19): concurrent interactive reads hand their entries to one writer, which
 * appends them as one insert and one commit and releases each read only after that commit; a group that cannot be
 * written refuses every read in it. The waits are made by the database itself (a lock the writer's commit needs), so
 * nothing here depends on timing.
 */
@GongxinTest
class QueryLogGroupCommitTest {

	/** An entry whose purpose starts so cannot commit while the test holds advisory lock {@link #HOLD_LOCK}. */
	private static final String HOLDS = "组提交演练-暂停提交";

	private static final String REFUSES = "组提交演练-拒绝写入";

	/** Purposes of this test run's reads, unlike those of any other run on the same database. */
	private final String run = java.util.UUID.randomUUID().toString().substring(0, 8);

	private final String held = HOLDS + "-" + run;

	private final String refused = REFUSES + "-" + run;

	private static final long HOLD_LOCK = 16_0002L;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	QueryLogGroups groups;

	@Autowired
	QueryLogChain chain;

	private DatabaseSuperuser superuser;

	private final ExecutorService readers = Executors.newFixedThreadPool(16);

	@BeforeEach
	void holdAndRefuse() throws Exception {
		QueryFixture.ensure(mvc, accounts);
		superuser = new DatabaseSuperuser(postgres);
		// a deferred trigger runs at COMMIT: the held entry's commit waits for the advisory lock the test may hold
		superuser.jdbc().sql("""
				create or replace function test_hold_commit() returns trigger language plpgsql as $$
				begin
				    perform pg_advisory_xact_lock_shared(%d);
				    return null;
				end $$""".formatted(HOLD_LOCK)).update();
		superuser.jdbc().sql("""
				create constraint trigger test_hold_commit after insert on query_log deferrable initially deferred
				    for each row when (new.purpose like '%s%%') execute function test_hold_commit()""".formatted(HOLDS)).update();
		superuser.refuseInserts("test_refuse_group_entry", "query_log", "new.purpose like '" + REFUSES + "%'",
				"the disk is full (test)");
	}

	@AfterEach
	void allowAgain() {
		readers.shutdownNow();
		superuser.jdbc().sql("drop trigger if exists test_hold_commit on query_log").update();
		superuser.jdbc().sql("drop function if exists test_hold_commit()").update();
		superuser.allowInserts("test_refuse_group_entry", "query_log");
	}

	@Test
	@DisplayName("R-19 concurrent reads each get their own entry, with their own fields, all committed when the reads return, and the chain seals and verifies them")
	void concurrentReadsEachGetTheirEntry() throws Exception {
		List<Future<MockHttpServletResponse>> reads = new ArrayList<>();
		for (int i = 0; i < 32; i++) {
			reads.add(read("组提交演练-并发-" + run + "-" + i));
		}
		for (int i = 0; i < reads.size(); i++) {
			MockHttpServletResponse response = reads.get(i).get();
			assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
			String queryId = JsonPath.read(response.getContentAsString(), "$.queryId");
			List<String> items = JsonPath.read(response.getContentAsString(), "$.records[*].item");
			assertThat(jdbc.sql("""
					select role || '|' || organisation || '|' || matter || '|' || purpose || '|' || channel || '|'
					       || array_to_string(items, ',') from query_log where query_id = cast(? as uuid)""")
				.param(queryId).query(String.class).list())
				.containsExactly("GOV_QUERIER|PROCUREMENT|GOV_PROCUREMENT|组提交演练-并发-" + run + "-" + i + "|API|"
						+ String.join(",", items.stream().distinct().toList()));
		}
		Eventually.holds(() -> {
			chain.sealPending();
			assertThat(jdbc.sql("select count(*) from query_log q where not exists "
					+ "(select 1 from query_log_chain c where c.entry_id = q.id)").query(Long.class).single()).isZero();
		});
		assertThat(chain.verify().valid()).isTrue();
	}

	@Test
	@DisplayName("R-19 a read returns only after its entry is committed, and the reads that waited meanwhile are written as one insert and one commit")
	void aReadWaitsForTheCommitOfItsEntry() throws Exception {
		try (Connection hold = holdCommits()) {
			Future<MockHttpServletResponse> heldRead = read(held);
			waitForTheHeldCommit();
			List<Future<MockHttpServletResponse>> queued = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				queued.add(read("组提交演练-排队-" + run + "-" + i));
			}
			Eventually.holds(() -> assertThat(groups.waiting()).isEqualTo(4));

			assertThat(heldRead).as("the read waits while its entry is not committed").isNotDone();
			assertThat(queued).noneMatch(Future::isDone);
			assertThat(count("purpose = ?", held)).as("not visible before the commit").isZero();

			release(hold);
			assertThat(heldRead.get().getStatus()).isEqualTo(200);
			assertThat(count("purpose = ? and query_id = cast(? as uuid)", held, queryId(heldRead))).isEqualTo(1);
			for (Future<MockHttpServletResponse> read : queued) {
				assertThat(read.get().getStatus()).isEqualTo(200);
			}
		}
		// the four that waited together: one transaction (one xmin), ids one after another
		assertThat(jdbc.sql("select count(distinct xmin::text) from query_log where purpose like ?")
			.param("组提交演练-排队-" + run + "%").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select max(id) - min(id) from query_log where purpose like ?")
			.param("组提交演练-排队-" + run + "%").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	@DisplayName("R-19 when a group's insert fails, every read of that group is refused 503 AUDIT_UNAVAILABLE and shows nothing; the next group is written")
	void aFailedGroupRefusesEveryReadInIt() throws Exception {
		List<Future<MockHttpServletResponse>> group = new ArrayList<>();
		try (Connection hold = holdCommits()) {
			Future<MockHttpServletResponse> heldRead = read(held);
			waitForTheHeldCommit();
			group.add(read(refused));
			for (int i = 0; i < 3; i++) {
				group.add(read("组提交演练-同组-" + run + "-" + i));
			}
			Eventually.holds(() -> assertThat(groups.waiting()).isEqualTo(4));
			release(hold);
			assertThat(heldRead.get().getStatus()).isEqualTo(200);
		}
		for (Future<MockHttpServletResponse> read : group) {
			MockHttpServletResponse response = read.get();
			assertThat(response.getStatus()).isEqualTo(503);
			assertThat(response.getContentAsString()).contains("\"code\":\"AUDIT_UNAVAILABLE\"")
				.doesNotContain("records", "ADMIN_PENALTY");
		}
		assertThat(count("purpose = ? or purpose like ?", refused, "组提交演练-同组-" + run + "%")).isZero();
		MockHttpServletResponse after = read("组提交演练-之后").get();
		assertThat(after.getStatus()).isEqualTo(200);
		String afterId = JsonPath.read(after.getContentAsString(), "$.queryId");
		assertThat(count("query_id = cast(? as uuid)", afterId)).isEqualTo(1);
	}

	private Future<MockHttpServletResponse> read(String purpose) {
		return readers.submit(() -> mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY)
			.with(accounts.procurement()).param("matter", "GOV_PROCUREMENT").param("purpose", purpose))
			.andReturn().getResponse());
	}

	private Connection holdCommits() throws Exception {
		Connection hold = postgres.getPostgresDatabase().getConnection();
		try (Statement statement = hold.createStatement()) {
			statement.execute("select pg_advisory_lock(" + HOLD_LOCK + ")");
		}
		return hold;
	}

	private void release(Connection hold) throws Exception {
		try (Statement statement = hold.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + HOLD_LOCK + ")");
		}
	}

	/** Until the writer's commit of the held entry waits for the advisory lock. */
	private void waitForTheHeldCommit() {
		Eventually.holds(() -> assertThat(superuser.jdbc().sql("""
				select count(*) from pg_locks where locktype = 'advisory' and not granted and objid = ?""")
			.param((int) HOLD_LOCK).query(Long.class).single()).isEqualTo(1));
	}

	private long count(String condition, Object... params) {
		return jdbc.sql("select count(*) from query_log where " + condition).params(params).query(Long.class).single();
	}

	private static String queryId(Future<MockHttpServletResponse> read) throws Exception {
		return JsonPath.read(read.get().getContentAsString(), "$.queryId");
	}
}
