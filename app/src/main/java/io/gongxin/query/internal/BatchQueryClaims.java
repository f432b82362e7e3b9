package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a worker starts a batch query (ADR 0012): a claim takes a lease, and too many starts fail the query. The
 * writes under the lease are {@link BatchQueryLeases}; how a run ends, {@link BatchQueryOutcomes}.
 */
@Component
class BatchQueryClaims {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final BatchQuerySettings settings;

	BatchQueryClaims(JdbcClient jdbc, Clock clock, BatchQuerySettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Fails the batch queries whose node stopped heart-beating after their last allowed start: a query that brings
	 * its node down is not taken over for ever. Returns how many.
	 */
	int exhaust() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return jdbc.sql("""
				update batch_queries set status = 'FAILED', finished_at = ?, lease = null
				 where status = 'RUNNING' and heartbeat_at < ? and attempts >= ?""")
			.params(now, now.minus(settings.staleAfter()), settings.maxAttempts())
			.update();
	}

	/** The oldest waiting batch query, or a stale one with starts left. */
	Optional<BatchQueryLease> claim() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		UUID token = UUID.randomUUID();
		return jdbc.sql("""
				update batch_queries set status = 'RUNNING', heartbeat_at = ?, lease = ?, attempts = attempts + 1
				 where id = (select id from batch_queries where status = 'QUEUED'
				                or (status = 'RUNNING' and heartbeat_at < ? and attempts < ?)
				             order by created_at limit 1 for update skip locked)
				returning id""")
			.params(now, token, now.minus(settings.staleAfter()), settings.maxAttempts())
			.query(UUID.class)
			.optional()
			.map(id -> new BatchQueryLease(id, token));
	}
}
