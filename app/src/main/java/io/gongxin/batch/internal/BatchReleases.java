package io.gongxin.batch.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A claimed batch let go: handed back by a stopping node, or given up once its starts are exhausted. */
@Repository
class BatchReleases {

	private final JdbcClient jdbc;

	private final Clock clock;

	BatchReleases(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
