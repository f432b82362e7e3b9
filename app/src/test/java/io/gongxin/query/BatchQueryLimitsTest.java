package io.gongxin.query;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.subject.SubjectKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Batch queries share nothing with the platform's other background work, and are bounded per organisation. */
@GongxinTest
class BatchQueryLimitsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QueryLog queryLog;

	@Autowired
	TestClock clock;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	ThreadPoolTaskScheduler scheduler;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	final RequestPostProcessor agency = httpBasic("agency", "agency-demo");

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	@Test
	@DisplayName("R-19 R-20b the sealer keeps sealing while a batch query is stuck: batch queries run on their own executor")
	void aStuckBatchQueryDoesNotStopTheSealer() throws Exception {
		assertThat(scheduler.getPoolSize()).as("scheduled work has several threads").isGreaterThan(1);
		long subject = jdbc.sql("select subject_key from subjects where uscc = ?").param(QueryFixture.COMPANY)
			.query(Long.class).single();
		UUID batchQuery = UUID.randomUUID();
		try (Connection holder = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(),
				dataSource.getPassword())) {
			holder.setAutoCommit(false);
			try (Statement lock = holder.createStatement()) {
				// every profile reads records: the batch query blocks on this lock until the test lets go
				lock.execute("lock table records in access exclusive mode");
			}
			jdbc.sql("""
					insert into batch_queries (id, organisation, username, purpose, subjects, status, created_at, expires_at)
					values (?, 'AGENCY1', 'agency', '调度测试', cast(? as jsonb), 'QUEUED', ?, ?)""")
				.params(batchQuery, "[{\"index\":0,\"subjectKey\":" + subject + ",\"error\":null}]",
						OffsetDateTime.now(clock), OffsetDateTime.now(clock).plusDays(1))
				.update();
			await(() -> "RUNNING".equals(stateOf(batchQuery)), "the batch query is claimed");
			UUID entry = UUID.randomUUID();
			transactions.executeWithoutResult(tx -> queryLog.record(new QueryLogEntry(entry, OffsetDateTime.now(clock),
					"auditor", "ECONOMY", "AUDITOR", new SubjectKey(subject), List.of("ADMIN_PENALTY"), null, "调度测试", null,
					"API")));
			await(() -> jdbc.sql("""
					select count(*) from query_log_chain c join query_log q on q.id = c.entry_id where q.query_id = ?""")
				.param(entry).query(Long.class).single() == 1, "the scheduled sealer chains the new entry");
			assertThat(stateOf(batchQuery)).as("still stuck behind the lock").isEqualTo("RUNNING");
			holder.rollback();
		}
		await(() -> "DONE".equals(stateOf(batchQuery)), "the batch query finishes once the lock is gone");
	}

	@Test
	@DisplayName("a batch query whose node died after its last allowed start is FAILED, not taken over for ever; one with starts left is taken over and answered")
	void startsOfABatchQueryAreBounded() throws Exception {
		long subject = jdbc.sql("select subject_key from subjects where uscc = ?").param(QueryFixture.COMPANY)
			.query(Long.class).single();
		UUID exhausted = UUID.randomUUID();
		UUID retaken = UUID.randomUUID();
		// both RUNNING on a node that stopped heart-beating a day ago (its lease is a dead node's)
		for (Object[] row : new Object[][] { { exhausted, 3 }, { retaken, 1 } }) {
			jdbc.sql("""
					insert into batch_queries (id, organisation, username, purpose, subjects, status, created_at,
					                           heartbeat_at, expires_at, lease, attempts)
					values (?, 'AGENCY1', 'agency', '启动次数测试', cast(? as jsonb), 'RUNNING', ?, ?, ?, ?, ?)""")
				.params(row[0], "[{\"index\":0,\"subjectKey\":" + subject + ",\"error\":null}]",
						OffsetDateTime.now(clock).minusDays(1), OffsetDateTime.now(clock).minusDays(1),
						OffsetDateTime.now(clock).plusDays(1), UUID.randomUUID(), row[1])
				.update();
		}
		await(() -> "FAILED".equals(stateOf(exhausted)), "the batch query started three times is failed");
		await(() -> "DONE".equals(stateOf(retaken)), "the batch query with starts left is taken over and answered");
		assertThat(jdbc.sql("select attempts from batch_queries where id = ?").param(retaken).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select attempts from batch_queries where id = ?").param(exhausted).query(Integer.class)
			.single()).as("never started again").isEqualTo(3);
	}

	@Test
	@DisplayName("R-20b an organisation with 5 open batch queries gets 429 BATCH_QUERY_QUOTA; another organisation does not")
	void openBatchQueriesPerOrganisationAreBounded() throws Exception {
		String request = """
				{"subjects": ["%s"], "purpose": "额度测试"}""".formatted(QueryFixture.COMPANY);
		List<UUID> open = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID());
		try {
			for (UUID id : open) {
				// RUNNING with a fresh heartbeat far ahead: no worker takes them, they stay open
				jdbc.sql("""
						insert into batch_queries (id, organisation, username, purpose, subjects, status, created_at,
						                           heartbeat_at, expires_at)
						values (?, 'AGENCY1', 'agency', '额度测试', '[]', 'RUNNING', ?, ?, ?)""")
					.params(id, OffsetDateTime.now(clock), OffsetDateTime.now(clock).plusDays(1),
							OffsetDateTime.now(clock).plusDays(1))
					.update();
			}
			mvc.perform(post("/api/v1/batch-queries").with(agency).contentType(MediaType.APPLICATION_JSON).content(request))
				.andExpect(status().isTooManyRequests())
				.andExpect(jsonPath("$.code").value("BATCH_QUERY_QUOTA"));
			assertThat(jdbc.sql("select count(*) from batch_queries where organisation = 'AGENCY1' and purpose = '额度测试'")
				.query(Long.class).single()).as("nothing stored").isEqualTo(5);
			mvc.perform(post("/api/v1/batch-queries").with(accounts.agency()).contentType(MediaType.APPLICATION_JSON)
				.content(request)).andExpect(status().isAccepted());
			jdbc.sql("update batch_queries set status = 'DONE' where id = ?").param(open.get(0)).update();
			mvc.perform(post("/api/v1/batch-queries").with(agency).contentType(MediaType.APPLICATION_JSON).content(request))
				.andExpect(status().isAccepted());
			mvc.perform(post("/api/v1/batch-queries").with(accounts.tax()).contentType(MediaType.APPLICATION_JSON)
				.content(request)).andExpect(status().isForbidden());
		}
		finally {
			jdbc.sql("update batch_queries set status = 'DONE' where organisation = 'AGENCY1' and purpose = '额度测试'")
				.update();
		}
	}

	private String stateOf(UUID id) {
		return jdbc.sql("select status from batch_queries where id = ?").param(id).query(String.class).single();
	}

	private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("timed out waiting until " + what);
			}
			Thread.sleep(100);
		}
	}
}
