package io.gongxin.batch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.collection.RecordError;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The batches table: upload, claim by a worker, progress per chunk, outcome, errors. */
@Repository
class BatchStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	BatchStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** One batch as stored. */
	record Batch(UUID id, String provider, String username, String item, BatchFormat format, String fileName,
			String storedPath, String status, int rows, int accepted, int rejected, int rowsDone, String failure,
			OffsetDateTime createdAt, OffsetDateTime finishedAt) {
	}

	void create(Batch batch, long size) {
		jdbc.sql("""
				insert into batches (id, provider, username, item, format, file_name, stored_path, size_bytes, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)""")
			.params(batch.id(), batch.provider(), batch.username(), batch.item(), batch.format().name(),
					batch.fileName(), batch.storedPath(), size, now())
			.update();
	}

	void size(UUID id, long size) {
		jdbc.sql("update batches set size_bytes = ? where id = ?").params(size, id).update();
	}

	/** The provider's latest batches, newest first. */
	List<Batch> recent(String provider, int limit) {
		return jdbc.sql("select * from batches where provider = ? order by created_at desc limit ?")
			.params(provider, limit)
			.query(BatchStore::batch)
			.list();
	}

	Optional<Batch> find(UUID id) {
		return jdbc.sql("select * from batches where id = ?").param(id).query(BatchStore::batch).optional();
	}

	/**
	 * A worker's right to write one batch: the token set at its claim. Every write of the run names it; a claim
	 * by another worker (a takeover), a hand-back or a failure replaces or clears it, and the old worker's
	 * next write finds nothing to update and rolls back ({@link LeaseLostException}).
	 */
	record Lease(UUID batch, UUID token) {
	}

	/** The batch was taken over, handed back or failed by someone else: this worker may no longer write it. */
	static final class LeaseLostException extends RuntimeException {

		LeaseLostException(UUID batch) {
			super("batch " + batch + " is no longer leased to this worker", null, false, false);
		}
	}

	/**
	 * Takes the oldest waiting batch, or one whose worker stopped sending heartbeats (a crashed node),
	 * so that exactly one worker runs it; counts the start and gives it a new lease.
	 */
	Optional<Lease> claim(Duration staleAfter, int maxAttempts) {
		UUID token = UUID.randomUUID();
		return jdbc.sql("""
				update batches set status = 'RUNNING', heartbeat_at = ?, started_at = coalesce(started_at, ?),
				       attempts = attempts + 1, lease = ?
				 where id = (select id from batches
				              where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ? and attempts < ?)
				              order by created_at limit 1 for update skip locked)
				returning id""")
			.params(now(), now(), token, now().minus(staleAfter), maxAttempts)
			.query(UUID.class)
			.optional()
			.map(id -> new Lease(id, token));
	}

	/**
	 * Batches whose node went silent after their last allowed start (a file that kills its worker every
	 * time): they are not taken over again but failed, BATCH_ATTEMPTS_EXHAUSTED, and their lease is cleared.
	 * Returns them.
	 */
	List<UUID> exhaust(Duration staleAfter, int maxAttempts) {
		return jdbc.sql("""
				update batches set status = 'FAILED', failure = 'BATCH_ATTEMPTS_EXHAUSTED', finished_at = ?, lease = null
				 where status = 'RUNNING' and heartbeat_at < ? and attempts >= ?
				returning id""")
			.params(now(), now().minus(staleAfter), maxAttempts)
			.query(UUID.class)
			.list();
	}

	/**
	 * Checks, at the start of a write transaction, that the batch is still this worker's, and holds a key-share
	 * lock on its row to the end of the transaction: a takeover claim ({@code for update skip locked}) passes the
	 * row by until this commits, while heartbeats still get through. The progress write at the end checks the
	 * lease again, so a hand-back or failure written meanwhile rolls the chunk back too.
	 * @throws LeaseLostException when it is not (the transaction rolls back)
	 */
	void fence(Lease lease) {
		boolean held = jdbc.sql("select 1 from batches where id = ? and lease = ? and status = 'RUNNING' for key share")
			.params(lease.batch(), lease.token())
			.query(Integer.class)
			.optional()
			.isPresent();
		if (!held) {
			throw new LeaseLostException(lease.batch());
		}
	}

	void heartbeat(Lease lease) {
		jdbc.sql("update batches set heartbeat_at = ? where id = ? and lease = ? and status = 'RUNNING'")
			.params(now(), lease.batch(), lease.token())
			.update();
	}

	/**
	 * A stopping node gives the batch back: QUEUED again, lease cleared, so another node claims it at its next
	 * poll rather than after the stale period. The start it gave back is not counted against max-attempts.
	 */
	boolean handBack(Lease lease) {
		return jdbc.sql("""
				update batches set status = 'QUEUED', lease = null, heartbeat_at = null, attempts = greatest(attempts - 1, 0)
				 where id = ? and lease = ? and status = 'RUNNING'""")
			.params(lease.batch(), lease.token())
			.update() == 1;
	}

	/** Counts one merged chunk; runs in the chunk's transaction, after {@link #fence}. */
	void progress(Lease lease, int rows, int accepted, int rejected, int lastRow) {
		int counted = jdbc.sql("""
				update batches set rows = rows + ?, accepted = accepted + ?, rejected = rejected + ?, rows_done = ?,
				       heartbeat_at = ? where id = ? and lease = ?""")
			.params(rows, accepted, rejected, lastRow, now(), lease.batch(), lease.token())
			.update();
		if (counted == 0) {
			throw new LeaseLostException(lease.batch());
		}
	}

	void errors(UUID id, List<RowError> errors) {
		batch.batchUpdate("insert into batch_errors (batch_id, row_no, field, code, message) values (?, ?, ?, ?, ?)",
				errors.stream()
					.map(e -> new Object[] { id, e.row(), e.error().field(), e.error().code(), e.error().message() })
					.toList());
	}

	/** DONE; runs in the outcome's transaction, after {@link #fence}. */
	void finish(Lease lease) {
		jdbc.sql("update batches set status = 'DONE', finished_at = ?, lease = null where id = ? and lease = ?")
			.params(now(), lease.batch(), lease.token())
			.update();
	}

	/** FAILED, unless DONE already; the lease is cleared, so a worker still running it stops at its next write. */
	void fail(UUID id, String code) {
		jdbc.sql("""
				update batches set status = 'FAILED', failure = ?, finished_at = ?, lease = null
				 where id = ? and status <> 'DONE'""")
			.params(code, now(), id)
			.update();
	}

	List<RowError> errors(UUID id, int limit) {
		return jdbc.sql("select row_no, field, code, message from batch_errors where batch_id = ? order by row_no, field limit ?")
			.params(id, limit)
			.query((rs, row) -> new RowError(rs.getInt(1), new RecordError(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list();
	}

	long errorCount(UUID id) {
		return jdbc.sql("select count(*) from batch_errors where batch_id = ?").param(id).query(Long.class).single();
	}

	/** An error of one row. */
	record RowError(int row, RecordError error) {
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private static Batch batch(ResultSet rs, int row) throws SQLException {
		return new Batch(rs.getObject("id", UUID.class), rs.getString("provider"), rs.getString("username"),
				rs.getString("item"), BatchFormat.valueOf(rs.getString("format")), rs.getString("file_name"),
				rs.getString("stored_path"), rs.getString("status"), rs.getInt("rows"), rs.getInt("accepted"),
				rs.getInt("rejected"), rs.getInt("rows_done"), rs.getString("failure"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
	}
}
