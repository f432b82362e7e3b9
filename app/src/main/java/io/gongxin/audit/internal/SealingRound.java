package io.gongxin.audit.internal;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One round of the sealer, in its transaction: under the advisory lock, the next unsealed entries chained. */
@Component
class SealingRound {

	private final JdbcClient jdbc;

	private final ChainLinks links;

	private final SealingHorizon horizon;

	private final UnsealedEntries unsealed;

	SealingRound(JdbcClient jdbc, ChainLinks links, SealingHorizon horizon, UnsealedEntries unsealed) {
		this.jdbc = jdbc;
		this.links = links;
		this.horizon = horizon;
		this.unsealed = unsealed;
	}

	/** What a round chained, and its horizon when it sealed everything it saw (else null). */
	record Outcome(int sealed, OffsetDateTime horizon) {
	}

	/**
	 * Chains at most {@code limit} entries; none when another node holds the lock. A {@code backlog} round follows
	 * one that chained a full batch ({@link UnsealedEntries#next}).
	 */
	Outcome seal(int limit, boolean backlog) {
		if (!jdbc.sql("select pg_try_advisory_xact_lock(hashtext('gongxin-audit-sealer'))").query(Boolean.class).single()) {
			return new Outcome(0, null);
		}
		ChainLink head = links.head();
		// first the horizon, then the entries: a transaction that commits in between is seen by the query below,
		// one that starts in between logs after the horizon
		OffsetDateTime next = horizon.next();
		int sealed = links.append(head, unsealed.next(horizon.since(), limit, backlog));
		return new Outcome(sealed, sealed < limit ? next : null);
	}
}
