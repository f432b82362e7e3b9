package io.gongxin.batch.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workers' side of the batches table: claiming a batch and its heartbeats ({@link BatchReleases} lets it go). */
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

	void heartbeat(Lease lease) {
		jdbc.sql("update batches set heartbeat_at = ? where id = ? and lease = ? and status = 'RUNNING'")
			.params(now(), lease.batch(), lease.token())
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
