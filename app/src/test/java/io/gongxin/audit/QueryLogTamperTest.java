package io.gongxin.audit;

import java.util.Map;

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
import org.springframework.transaction.support.TransactionTemplate;

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
	QueryLog log;

	@Autowired
	Subjects subjects;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void entries() throws Exception {
		accounts.ensure();
		subjects.register(UnifiedSocialCreditCode.parse(COMPANY), "上海市审计测试有限公司");
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/subjects/{id}/profile", COMPANY)).andExpect(status().isOk());
		}
		log.sealPending();
		assertThat(log.verify().valid()).isTrue();
	}

	/** Runs SQL as a superuser who has switched the append-only triggers off. */
	private void asSuperuser(String sql, Object... params) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql(sql).params(params).update();
		});
	}

	private long entry(int fromEnd) {
		return jdbc.sql("select entry_id from query_log_chain order by seq desc offset ? limit 1").param(fromEnd)
			.query(Long.class).single();
	}

	@Test
	@DisplayName("R-19 R-26 the application's own connection cannot update, delete or truncate the log")
	void theApplicationCannotChangeTheLog() {
		assertThatThrownBy(() -> jdbc.sql("update query_log set purpose = 'x'").update())
			.isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from query_log").update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from query_log_chain").update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("truncate query_log_chain").update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	@DisplayName("R-19 an altered entry is detected and named")
	void alteredEntry() {
		long id = entry(2);
		String purpose = jdbc.sql("select coalesce(purpose, '') from query_log where id = ?").param(id).query(String.class).single();
		asSuperuser("update query_log set purpose = '篡改' where id = ?", id);
		QueryLog.Verification result = log.verify();
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
		jdbc.sql("create table tamper_saved as select * from query_log where id = ?").param(id).update();
		asSuperuser("delete from query_log where id = ?", id);
		QueryLog.Verification result = log.verify();
		assertThat(result.valid()).isFalse();
		assertThat(result.firstInvalid().entryId()).isEqualTo(id);
		assertThat(result.firstInvalid().reason()).isEqualTo("ENTRY_DELETED");
		jdbc.sql("insert into query_log select * from tamper_saved").update();
		jdbc.sql("drop table tamper_saved").update();
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	@DisplayName("R-19 an entry slipped in below the sealed watermark is detected")
	void insertedEntry() {
		long below = entry(3) - 0;
		asSuperuser("""
				insert into query_log (id, at, query_id, username, subject_key, items, channel)
				select ?, now(), gen_random_uuid(), 'ghost', subject_key, '{}', 'API' from query_log where id = ?""",
				-below, below);
		QueryLog.Verification result = log.verify();
		assertThat(result.valid()).isFalse();
		assertThat(result.firstInvalid().reason()).isEqualTo("ENTRY_INSERTED");
		assertThat(result.firstInvalid().entryId()).isEqualTo(-below);
		asSuperuser("delete from query_log where id = ?", -below);
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	@DisplayName("R-19 a removed link of the chain is detected")
	void deletedLink() {
		Map<String, Object> link = jdbc.sql("select * from query_log_chain order by seq desc offset 2 limit 1").query().singleRow();
		asSuperuser("delete from query_log_chain where seq = ?", link.get("seq"));
		QueryLog.Verification result = log.verify();
		assertThat(result.valid()).isFalse();
		assertThat(result.firstInvalid().reason()).isEqualTo("LINK_DELETED");
		asSuperuser("insert into query_log_chain (seq, entry_id, entry_at, prev_hash, hash, sealed_at) values (?, ?, ?, ?, ?, ?)",
				link.get("seq"), link.get("entry_id"), link.get("entry_at"), link.get("prev_hash"), link.get("hash"),
				link.get("sealed_at"));
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
		log.sealPending();
		log.signFinishedDays();
		Map<String, Object> checkpoint = jdbc.sql("select day, last_seq from audit_checkpoints order by day desc limit 1")
			.query().singleRow();
		assertThat(checkpoint.get("day").toString()).isEqualTo(java.time.LocalDate.now(clock).minusDays(1).toString());
		assertThat(log.verify().valid()).isTrue();
		Map<String, Object> tail = jdbc.sql("select * from query_log_chain order by seq desc limit 1").query().singleRow();
		assertThat(tail.get("seq")).isEqualTo(checkpoint.get("last_seq"));
		jdbc.sql("create table tamper_tail as select * from query_log where id = ?").param(tail.get("entry_id")).update();
		asSuperuser("delete from query_log_chain where seq = ?", tail.get("seq"));
		asSuperuser("delete from query_log where id = ?", tail.get("entry_id"));
		QueryLog.Verification result = log.verify();
		assertThat(result.valid()).isFalse();
		assertThat(result.firstInvalid().reason()).isEqualTo("CHECKPOINT_MISMATCH");
		jdbc.sql("insert into query_log select * from tamper_tail").update();
		jdbc.sql("drop table tamper_tail").update();
		asSuperuser("insert into query_log_chain (seq, entry_id, entry_at, prev_hash, hash, sealed_at) values (?, ?, ?, ?, ?, ?)",
				tail.get("seq"), tail.get("entry_id"), tail.get("entry_at"), tail.get("prev_hash"), tail.get("hash"),
				tail.get("sealed_at"));
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
