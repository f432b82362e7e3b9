package io.gongxin.collection.internal;

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
	 * Takes the oldest waiting batch, or one whose worker stopped sending heartbeats (a crashed node),
	 * so that exactly one worker runs it; counts the start.
	 */
	Optional<UUID> claim(Duration staleAfter, int maxAttempts) {
		return jdbc.sql("""
				update batches set status = 'RUNNING', heartbeat_at = ?, started_at = coalesce(started_at, ?),
				       attempts = attempts + 1
				 where id = (select id from batches
				              where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ? and attempts < ?)
				              order by created_at limit 1 for update skip locked)
				returning id""")
			.params(now(), now(), now().minus(staleAfter), maxAttempts)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Batches whose node went silent after their last allowed start (a file that kills its worker every
	 * time): they are not taken over again but failed, BATCH_ATTEMPTS_EXHAUSTED. Returns them.
	 */
	List<UUID> exhaust(Duration staleAfter, int maxAttempts) {
		return jdbc.sql("""
				update batches set status = 'FAILED', failure = 'BATCH_ATTEMPTS_EXHAUSTED', finished_at = ?
				 where status = 'RUNNING' and heartbeat_at < ? and attempts >= ?
				returning id""")
			.params(now(), now().minus(staleAfter), maxAttempts)
			.query(UUID.class)
			.list();
	}

	void heartbeat(UUID id) {
		jdbc.sql("update batches set heartbeat_at = ? where id = ? and status = 'RUNNING'").params(now(), id).update();
	}

	/** Counts one merged chunk; runs in the chunk's transaction. */
	void progress(UUID id, int rows, int accepted, int rejected, int lastRow) {
		jdbc.sql("""
				update batches set rows = rows + ?, accepted = accepted + ?, rejected = rejected + ?, rows_done = ?,
				       heartbeat_at = ? where id = ?""")
			.params(rows, accepted, rejected, lastRow, now(), id)
			.update();
	}

	void errors(UUID id, List<RowError> errors) {
		batch.batchUpdate("insert into batch_errors (batch_id, row_no, field, code, message) values (?, ?, ?, ?, ?)",
				errors.stream()
					.map(e -> new Object[] { id, e.row(), e.error().field(), e.error().code(), e.error().message() })
					.toList());
	}

	void finish(UUID id) {
		jdbc.sql("update batches set status = 'DONE', finished_at = ? where id = ?").params(now(), id).update();
	}

	void fail(UUID id, String code) {
		jdbc.sql("update batches set status = 'FAILED', failure = ?, finished_at = ? where id = ? and status <> 'DONE'")
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
