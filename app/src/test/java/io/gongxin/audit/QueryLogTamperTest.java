package io.gongxin.audit;

import java.util.Map;

import io.gongxin.DatabaseSuperuser;
import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.subject.UnifiedSocialCreditCode;
import io.gongxin.subject.Subjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * the query log cannot be altered, deleted from or added to unnoticed. The application cannot
 * change it at all; someone with the database's superuser (who can switch the guards off) is caught by
 * the hash chain. Runs on a database of its own, since it damages the log on purpose.
 */
@GongxinTest
@TestPropertySource(properties = "gongxin.test.database=tamper")
class QueryLogTamperTest {

	static final String COMPANY = "91310000132200821H";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QueryLogChain log;

	@Autowired
	Subjects subjects;


	@BeforeEach
	void entries() throws Exception {
		subjects.register(UnifiedSocialCreditCode.parse(COMPANY), "上海市审计测试有限公司");
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/subjects/{id}/profile", COMPANY)).andExpect(status().isOk());
		}
		sealAll();
		assertThat(log.verify().valid()).isTrue();
	}

	/**
	 * Seals every committed entry. A single {@code sealPending()} seals nothing while the background sealer holds
	 * the lock (it then seals them itself, a moment later), so this repeats until the chain holds them all.
	 */
	private void sealAll() {
		Eventually.holds(() -> {
			log.sealPending();
			assertThat(jdbc.sql("select count(*) from query_log q where q.id > 0 and not exists "
					+ "(select 1 from query_log_chain c where c.entry_id = q.id)").query(Long.class).single())
				.as("entries not sealed yet").isZero();
		});
	}

	@Autowired
	io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

	/** Runs SQL as a superuser (not the application's role) who has switched the append-only triggers off. */
	private void asSuperuser(String sql, Object... params) {
		new DatabaseSuperuser(postgres).withoutTriggers(sql, params);
	}

	/**
	 * Holds the sealer's lock, as a busy sealer on another node would, while a test unlinks entries from the chain:
	 * the background sealer would otherwise seal an unlinked entry again before the test puts its link back. Closing
	 * the connection ends the session and its lock.
	 */
	private AutoCloseable sealerHeld() throws java.sql.SQLException {
		java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
		try (java.sql.Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_lock(hashtext('gongxin-audit-sealer'))");
		}
		return connection::close;
	}

	/** The superuser's own connection: the tamper tests keep their copies in tables the application cannot create. */
	private JdbcClient superuser() {
		return new DatabaseSuperuser(postgres).jdbc();
	}

	private long entry(int fromEnd) {
		return jdbc.sql("select entry_id from query_log_chain order by seq desc offset ? limit 1").param(fromEnd)
			.query(Long.class).single();
	}

	@Test
	@DisplayName("R-19 R-26 the application's own connection cannot update, delete or truncate the logs")
	void theApplicationCannotChangeTheLog() {
		assertThatThrownBy(() -> jdbc.sql("update query_log set purpose = 'x'").update())
			.isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("delete from query_log").update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from query_log_chain").update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("truncate query_log_chain").update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("truncate query_log").update()).isInstanceOf(DataAccessException.class);
		for (String log : new String[] { "collection_log", "audit_checkpoints" }) {
			assertThatThrownBy(() -> jdbc.sql("update " + log + " set " + (log.equals("collection_log") ? "detail" : "day")
					+ " = " + (log.equals("collection_log") ? "'x'" : "day")).update())
				.as(log).isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
			assertThatThrownBy(() -> jdbc.sql("delete from " + log).update()).as(log).isInstanceOf(DataAccessException.class);
			assertThatThrownBy(() -> jdbc.sql("truncate " + log).update()).as(log).isInstanceOf(DataAccessException.class);
		}
	}

	@Test
	@DisplayName("R-19 R-26 the application runs as a restricted role: it cannot drop or disable the guards, alter tables or switch triggers off")
	void theApplicationCannotRemoveTheGuards() {
		assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
			.as("the application's role is not a superuser").isFalse();
		assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
			.query(Long.class).single()).as("the application owns no table").isZero();
		for (String sql : new String[] { "drop trigger query_log_append_only on query_log",
				"drop trigger collection_log_append_only on collection_log",
				"alter table query_log_chain disable trigger query_log_chain_append_only",
				"alter table collection_log disable trigger all", "alter table query_log add column note text",
				"drop table audit_checkpoints", "create table shadow_log (id bigint)",
				"create or replace function audit_append_only() returns trigger language plpgsql as $$ begin return new; end $$",
				"set session_replication_role = replica", "delete from flyway_schema_history" }) {
			assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).isInstanceOf(DataAccessException.class);
		}
		// the superuser, who can, still finds the guards in place
		assertThat(new DatabaseSuperuser(postgres).jdbc()
			.sql("select count(distinct tgname) from pg_trigger where tgname in ('query_log_append_only', 'collection_log_append_only', "
					+ "'collection_log_no_truncate', 'audit_checkpoints_append_only') and tgenabled = 'O' and not tgisinternal")
			.query(Long.class).single()).isEqualTo(4);
	}

	@Test
	@DisplayName("R-19 an entry whose transaction commits after later entries were sealed is sealed once committed; the log stays valid")
	void aLateCommittingEntryIsSealedInCommitOrder() throws Exception {
		long subjectKey = subjects.register(UnifiedSocialCreditCode.parse(COMPANY), null).key().value();
		long late;
		try (java.sql.Connection held = dataSource.getConnection()) {
			held.setAutoCommit(false);
			try (var insert = held.prepareStatement("""
					insert into query_log (id, at, query_id, username, subject_key, items, channel)
					values (nextval('query_log_id_seq'), now(), gen_random_uuid(), 'slow-reader', ?, '{}', 'API')
					returning id""")) {
				insert.setLong(1, subjectKey);
				try (var rows = insert.executeQuery()) {
					rows.next();
					late = rows.getLong(1);
				}
			}
			Thread.sleep(50); // the transaction stays open past the grace (none in tests) while later reads are sealed
			for (int i = 0; i < 3; i++) {
				mvc.perform(get("/api/v1/subjects/{id}/profile", COMPANY)).andExpect(status().isOk());
			}
			log.sealPending();
			assertThat(jdbc.sql("select max(entry_id) from query_log_chain").query(Long.class).single())
				.as("later entries are sealed while the first is still uncommitted").isGreaterThan(late);
			held.commit();
		}
		log.sealPending();
		assertThat(jdbc.sql("select count(*) from query_log_chain where entry_id = ?").param(late).query(Long.class).single())
			.as("the late entry is chained once it is committed").isEqualTo(1);
		assertThat(jdbc.sql("select seq from query_log_chain where entry_id = ?").param(late).query(Long.class).single())
			.as("in the order the sealer saw it: after the later ids")
			.isEqualTo(jdbc.sql("select max(seq) from query_log_chain").query(Long.class).single());
		assertThat(log.verify().valid()).isTrue();
	}

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	@DisplayName("R-19 an altered entry is detected and named")
	void alteredEntry() {
		long id = entry(2);
		String purpose = jdbc.sql("select coalesce(purpose, '') from query_log where id = ?").param(id).query(String.class).single();
		asSuperuser("update query_log set purpose = '篡改' where id = ?", id);
		QueryLogChain.Verification result = log.verify();
		assertThat(result.valid()).isFalse();
		assertThat(result.firstInvalid().entryId()).isEqualTo(id);
		assertThat(result.firstInvalid().reason()).isEqualTo("ENTRY_ALTERED");
		asSuperuser("update query_log set purpose = nullif(?, '') where id = ?", purpose, id);
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	@DisplayName("R-19 a deleted entry is detected and named")
	void deletedEntry() {
		long id = entry(1);
		superuser().sql("create table tamper_saved as select * from query_log where id = ?").param(id).update();
		asSuperuser("delete from query_log where id = ?", id);
		QueryLogChain.Verification result = log.verify();
		assertThat(result.valid()).isFalse();
		assertThat(result.firstInvalid().entryId()).isEqualTo(id);
		assertThat(result.firstInvalid().reason()).isEqualTo("ENTRY_DELETED");
		superuser().sql("insert into query_log select * from tamper_saved").update();
		superuser().sql("drop table tamper_saved").update();
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	@DisplayName("R-19 an entry slipped in below the sealed watermark is detected")
	void insertedEntry() {
		long below = entry(3) - 0;
		asSuperuser("""
				insert into query_log (id, at, logged_at, query_id, username, subject_key, items, channel)
				select ?, now(), now() - interval '1 day', gen_random_uuid(), 'ghost', subject_key, '{}', 'API'
				  from query_log where id = ?""",
				-below, below);
		QueryLogChain.Verification result = log.verify();
		assertThat(result.valid()).isFalse();
		assertThat(result.firstInvalid().reason()).isEqualTo("ENTRY_INSERTED");
		assertThat(result.firstInvalid().entryId()).isEqualTo(-below);
		asSuperuser("delete from query_log where id = ?", -below);
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	@DisplayName("R-19 a removed link of the chain is detected")
	void deletedLink() throws Exception {
		Map<String, Object> link = jdbc.sql("select * from query_log_chain order by seq desc offset 2 limit 1").query().singleRow();
		try (AutoCloseable held = sealerHeld()) {
			asSuperuser("delete from query_log_chain where seq = ?", link.get("seq"));
			QueryLogChain.Verification result = log.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstInvalid().reason()).isEqualTo("LINK_DELETED");
			asSuperuser("insert into query_log_chain (seq, entry_id, entry_at, prev_hash, hash, sealed_at) values (?, ?, ?, ?, ?, ?)",
					link.get("seq"), link.get("entry_id"), link.get("entry_at"), link.get("prev_hash"), link.get("hash"),
					link.get("sealed_at"));
		}
		assertThat(log.verify().valid()).isTrue();
	}

	@Autowired
	io.gongxin.TestClock clock;

	@Test
	@DisplayName("R-19 cutting the tail of the chain is caught by the signed (SM2) checkpoint of the day")
	void signedCheckpointCatchesACutTail() throws Exception {
		clock.set(java.time.ZonedDateTime.now(clock).minusDays(1).withHour(10));
		try {
			for (int i = 0; i < 3; i++) {
				mvc.perform(get("/api/v1/subjects/{id}/profile", COMPANY)).andExpect(status().isOk());
			}
		}
		finally {
			clock.reset();
		}
		sealAll();
		log.signFinishedDays();
		Map<String, Object> checkpoint = jdbc.sql("select day, last_seq from audit_checkpoints order by day desc limit 1")
			.query().singleRow();
		assertThat(checkpoint.get("day").toString()).isEqualTo(java.time.LocalDate.now(clock).minusDays(1).toString());
		assertThat(log.verify().valid()).isTrue();
		Map<String, Object> tail = jdbc.sql("select * from query_log_chain order by seq desc limit 1").query().singleRow();
		assertThat(tail.get("seq")).isEqualTo(checkpoint.get("last_seq"));
		try (AutoCloseable held = sealerHeld()) {
			superuser().sql("create table tamper_tail as select * from query_log where id = ?").param(tail.get("entry_id")).update();
			asSuperuser("delete from query_log_chain where seq = ?", tail.get("seq"));
			asSuperuser("delete from query_log where id = ?", tail.get("entry_id"));
			QueryLogChain.Verification result = log.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstInvalid().reason()).isEqualTo("CHECKPOINT_MISMATCH");
			superuser().sql("insert into query_log select * from tamper_tail").update();
			superuser().sql("drop table tamper_tail").update();
			asSuperuser("insert into query_log_chain (seq, entry_id, entry_at, prev_hash, hash, sealed_at) values (?, ?, ?, ?, ?, ?)",
					tail.get("seq"), tail.get("entry_id"), tail.get("entry_at"), tail.get("prev_hash"), tail.get("hash"),
					tail.get("sealed_at"));
		}
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	void verificationOverHttpForAuditorsAndTheCentreOnly() throws Exception {
		mvc.perform(get("/api/v1/audit/verification").with(accounts.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.entries").isNumber())
			.andExpect(jsonPath("$.firstInvalid").isEmpty());
		mvc.perform(get("/api/v1/audit/verification").with(accounts.center())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit/verification").with(accounts.querier())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/verification").with(accounts.tax())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/verification")).andExpect(status().isUnauthorized());
	}
}
