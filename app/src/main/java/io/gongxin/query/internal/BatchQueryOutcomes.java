package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a batch query's run ends, each under its lease (ADR 0012): DONE after its last chunk, handed back to the
 * queue by a stopping node, or FAILED.
 */
@Component
class BatchQueryOutcomes {

	private final JdbcClient jdbc;

	private final Clock clock;

	BatchQueryOutcomes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** DONE; {@link LeaseLost} when the query is no longer this worker's. */
	void done(BatchQueryLease lease) {
		if (jdbc.sql("""
				update batch_queries set status = 'DONE', results = coalesce(results, '[]'::jsonb), finished_at = ?, lease = null
				 where id = ? and lease = ? and status = 'RUNNING'""")
			.params(OffsetDateTime.now(clock), lease.id(), lease.token())
			.update() == 0) {
			throw new LeaseLost();
		}
	}

	/** Back to the queue after its last committed chunk, for another node; this start does not count. */
	void handBack(BatchQueryLease lease) {
		jdbc.sql("""
				update batch_queries set status = 'QUEUED', lease = null, heartbeat_at = null, attempts = attempts - 1
				 where id = ? and lease = ? and status = 'RUNNING'""")
			.params(lease.id(), lease.token())
			.update();
	}

	void failed(BatchQueryLease lease) {
		jdbc.sql("update batch_queries set status = 'FAILED', finished_at = ?, lease = null where id = ? and lease = ?")
			.params(OffsetDateTime.now(clock), lease.id(), lease.token())
			.update();
	}
}
