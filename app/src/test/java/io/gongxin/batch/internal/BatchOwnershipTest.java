package io.gongxin.batch.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import io.gongxin.DatabaseSuperuser;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.platform.DatabaseRetry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, points 1, 6 and 7: who may write a batch. Each claim gives a batch a new lease; a worker whose
 * batch was taken over writes nothing more; a stopping node hands its batch back; a silent node's batch is
 * taken over and resumed from the database alone; a worker whose database connections are terminated in the
 * middle of a batch retries and finishes it. In every case each row is counted, stored and logged once.
 */
@GongxinTest
class BatchOwnershipTest {

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BatchStore store;

	@Autowired
	BatchClaims claims;

	@Autowired
	BatchReleases releases;

	@Autowired
	BatchLeases leases;

	@Autowired
	BatchFiles files;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RowSources sources;

	@Autowired
	RowChecks checks;

	@Autowired
	ChunkCommits commits;

	@Autowired
	BatchOutcomes outcomes;

	@Autowired
	FileErrorTexts texts;

	@Autowired
	Clock clock;

	@Autowired
	DatabaseRetry retry;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	io.gongxin.platform.GongxinProperties properties;

	/** The platform's own processor, with chunks small enough for a test file to have several. */
	private BatchProcessor processor(int chunkSize) {
		return new BatchProcessor(store, files, sources, checks, commits, outcomes, texts, chunkSize);
	}

	@Test
	@DisplayName("a worker whose batch was taken over mid-batch writes nothing more; the new owner finishes it with exact counts")
	void theOldOwnerCannotWriteAfterATakeover() {
		String prefix = "fenced-" + System.nanoTime();
		UUID id = runningBatch(prefix, 6);
		Lease first = lease(id);
		Lease[] second = new Lease[1];
		// after the first chunk (rows 1-2) is committed, another node claims the batch: a new lease (told on the
		// committing thread: the reader reads ahead of the commits)
		IntConsumer takeoverAfterFirstChunk = chunk -> {
			if (chunk == 2) {
				second[0] = lease(id);
			}
		};
		assertThatThrownBy(() -> processor(2).process(first, () -> false, takeoverAfterFirstChunk))
			.isInstanceOf(LeaseLostException.class);
		Batch afterOldOwner = store.find(id).orElseThrow();
		assertThat(afterOldOwner.status()).isEqualTo("RUNNING");
		assertThat(afterOldOwner.rows()).as("only the chunk committed before the takeover").isEqualTo(2);
		assertThat(stored(prefix)).isEqualTo(2);
		assertThat(logged(id)).isEqualTo(2);

		// the old owner tries once more, from the start: still nothing
		assertThatThrownBy(() -> processor(2).process(first, () -> false)).isInstanceOf(LeaseLostException.class);
		assertThat(store.find(id).orElseThrow().rows()).isEqualTo(2);

		processor(2).process(second[0], () -> false);
		assertExactlyOnce(id, prefix, 6);
	}

	@Test
	@DisplayName("a stopping node hands its batch back (QUEUED, lease cleared, the start not counted); another worker claims it at once and finishes it exactly")
	void aStoppingNodeHandsTheBatchBack() throws Exception {
		String prefix = "handed-" + System.nanoTime();
		UUID id = runningBatch(prefix, 5);
		Lease lease = lease(id);
		// the node begins to stop after the first chunk (rows 1-2) committed
		AtomicBoolean stopping = new AtomicBoolean();
		assertThatThrownBy(() -> processor(2).process(lease, stopping::get, chunk -> stopping.compareAndSet(false, chunk == 2)))
			.isInstanceOf(BatchProcessor.Stopped.class);
		assertThat(releases.handBack(lease)).isTrue();
		assertThat(store.find(id).orElseThrow().rows()).isEqualTo(2);
		assertThat(jdbc.sql("select lease from batches where id = ?").param(id).query(UUID.class).optional()).isEmpty();
		assertThat(releases.handBack(lease)).as("a lease is handed back once").isFalse();
		// this test node's own worker (no stale period to wait for) takes it up and resumes after row 2
		waitUntilFinished(id);
		assertExactlyOnce(id, prefix, 5);
		assertThat(attempts(id)).as("the handed-back start is not counted").isEqualTo(1);
	}

	@Test
	@DisplayName("a batch whose node went silent (kill -9) is taken over after the stale period and resumed from the database alone, nothing lost or counted twice")
	void aSilentNodesBatchIsTakenOver() throws Exception {
		String prefix = "silent-" + System.nanoTime();
		UUID id = runningBatch(prefix, 7);
		Lease dead = lease(id);
		// the node dies after its second chunk: no hand-back, no outcome, no more heartbeats
		assertThatThrownBy(() -> processor(2).process(dead, () -> false, chunk -> {
			if (chunk == 3) {
				throw new IllegalStateException("kill -9");
			}
		})).hasMessage("kill -9");
		assertThat(store.find(id).orElseThrow().rows()).isEqualTo(4);
		// nothing of the dead node's disk is needed: its work file is gone with the machine
		assertThat(properties.dataDirectory().resolve("batch-work").resolve(id + ".upload")).doesNotExist();
		jdbc.sql("update batches set heartbeat_at = ? where id = ?")
			.params(OffsetDateTime.now(clock).minusHours(1), id)
			.update();
		waitUntilFinished(id);
		assertExactlyOnce(id, prefix, 7);
		assertThat(attempts(id)).as("taken over: a second start").isEqualTo(2);
		assertThatThrownBy(() -> leases.fence(dead)).as("the dead node's lease is void")
			.isInstanceOf(LeaseLostException.class);
	}

	@Test
	@DisplayName("the database connections of a worker are terminated (pg_terminate_backend) mid-batch, three times: the batch retries, resumes and finishes with exact counts")
	void terminatedConnectionsMidBatch() throws Exception {
		String prefix = "terminated-" + System.nanoTime();
		int total = 3000;
		UUID id = runningBatch(prefix, total);
		Lease lease = lease(id);
		BatchWorker worker = new BatchWorker(claims, releases, processor(100), retry, Duration.ofSeconds(5), 1, 3,
				Duration.ofSeconds(5));
		JdbcClient superuser = new DatabaseSuperuser(postgres).jdbc();
		String role = jdbc.sql("select current_user").query(String.class).single();
		Thread running = new Thread(() -> worker.run(lease), "test-batch");
		running.start();
		List<Integer> killedAt = new ArrayList<>();
		int terminated = 0;
		try {
			for (int target : new int[] { 300, 1200, 2100 }) {
				Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
				int done = 0;
				while (Instant.now().isBefore(deadline) && (done = rowsDone(superuser, id)) < target && running.isAlive()) {
					Thread.sleep(5);
				}
				if (done >= total || !running.isAlive()) {
					break;
				}
				killedAt.add(done);
				terminated += superuser.sql("""
						select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity
						                       where usename = ? and pid <> pg_backend_pid()) t""")
					.param(role)
					.query(Integer.class)
					.single();
			}
			running.join(Duration.ofSeconds(180).toMillis());
		}
		finally {
			worker.stop();
		}
		assertThat(killedAt).as("connections were terminated in the middle of the batch").isNotEmpty()
			.allSatisfy(done -> assertThat(done).isBetween(1, total - 1));
		assertThat(terminated).as("the application's connections were terminated").isPositive();
		assertThat(store.find(id).orElseThrow().status()).isEqualTo("DONE");
		assertExactlyOnce(id, prefix, total);
	}

	private void assertExactlyOnce(UUID id, String prefix, int rows) {
		Batch batch = store.find(id).orElseThrow();
		assertThat(batch.status()).isEqualTo("DONE");
		assertThat(batch.rows()).isEqualTo(rows);
		assertThat(batch.accepted()).isEqualTo(rows);
		assertThat(batch.rejected()).isZero();
		assertThat(stored(prefix)).as("records").isEqualTo(rows);
		assertThat(logged(id)).as("collection log entries").isEqualTo(rows);
		assertThat(jdbc.sql("select count(distinct source_ref) from collection_log where batch_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(rows);
		assertThat(files.storedBytes(id)).as("the upload is deleted with the outcome").isZero();
	}

	private long stored(String prefix) {
		return jdbc.sql("select count(*) from records where provider = 'TAX' and source_ref like ?").param(prefix + "-%")
			.query(Long.class).single();
	}

	private long logged(UUID id) {
		return jdbc.sql("select count(*) from collection_log where batch_id = ?").param(id).query(Long.class).single();
	}

	private int attempts(UUID id) {
		return jdbc.sql("select attempts from batches where id = ?").param(id).query(Integer.class).single();
	}

	private static int rowsDone(JdbcClient db, UUID id) {
		return db.sql("select rows from batches where id = ?").param(id).query(Integer.class).single();
	}

	private void waitUntilFinished(UUID id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			String status = store.find(id).orElseThrow().status();
			if (status.equals("DONE") || status.equals("FAILED")) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("batch " + id + " did not finish");
	}

	/** A claimed batch (one start), its upload stored in the database as an upload would; the worker's file is not. */
	private UUID runningBatch(String prefix, int rows) {
		UUID id = UUID.randomUUID();
		StringBuilder csv = new StringBuilder(BatchLimitsTest.HEADER);
		for (int i = 1; i <= rows; i++) {
			csv.append(BatchLimitsTest.row(prefix + "-" + i));
		}
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					insert into batches (id, provider, username, item, format, file_name, size_bytes, status, created_at,
					                     attempts, heartbeat_at, started_at)
					values (?, 'TAX', 'tax', 'ADMIN_PENALTY', 'CSV', 'x.csv', 0, 'RUNNING', ?, 1, ?, ?)""")
				.params(id, OffsetDateTime.now(clock), OffsetDateTime.now(clock), OffsetDateTime.now(clock))
				.update();
			try {
				files.store(id, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return id;
	}

	/** What a claim does: a new lease (a takeover by another node, when the batch had one). */
	private Lease lease(UUID id) {
		UUID token = UUID.randomUUID();
		jdbc.sql("update batches set lease = ? where id = ?").params(token, id).update();
		return new Lease(id, token);
	}
}
