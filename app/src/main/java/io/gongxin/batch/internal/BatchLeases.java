package io.gongxin.batch.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A running batch's writes under its lease: each chunk's transaction fenced, counted, and the batch done. */
@Repository
class BatchLeases {

	private final JdbcClient jdbc;

	private final Clock clock;

	BatchLeases(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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

	/** Counts one merged chunk; runs in the chunk's transaction, after {@link #fence}. */
	void progress(Lease lease, int rows, int accepted, int rejected, int lastRow) {
		int counted = jdbc.sql("""
				update batches set rows = rows + ?, accepted = accepted + ?, rejected = rejected + ?, rows_done = ?,
				       heartbeat_at = ? where id = ? and lease = ?""")
			.params(rows, accepted, rejected, lastRow, OffsetDateTime.now(clock), lease.batch(), lease.token())
			.update();
		if (counted == 0) {
			throw new LeaseLostException(lease.batch());
		}
	}

	/** DONE; runs in the outcome's transaction, after {@link #fence}. */
	void finish(Lease lease) {
		jdbc.sql("update batches set status = 'DONE', finished_at = ?, lease = null where id = ? and lease = ?")
			.params(OffsetDateTime.now(clock), lease.batch(), lease.token())
			.update();
	}
}
