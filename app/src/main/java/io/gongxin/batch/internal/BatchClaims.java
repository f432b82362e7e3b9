package io.gongxin.batch.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workers' side of the batches table: claiming a batch, its heartbeats, giving it back or up. */
@Repository
class BatchClaims {

	private final JdbcClient jdbc;

	private final Clock clock;

	BatchClaims(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
