package io.gongxin.audit.internal;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sealing by commit order, not by id (issue 12): an entry whose transaction commits after later ids were sealed is
 * chained when it appears, rather than left below the sealed point for ever (where it would look slipped in). To
 * avoid looking through the whole log for such entries, each round notes its horizon: the start of the oldest
 * transaction still open (less the grace), before which no entry can still become visible. The next round looks
 * for unsealed entries from that horizon on ({@link #since}), and after the highest sealed id.
 */
@Component
class SealingHorizon {

	private final JdbcClient jdbc;

	private final Duration grace;

	private final Duration lookback;

	/** Where the last round's horizon was: no entry logged before it can still appear. Null until a round ran. */
	private volatile OffsetDateTime horizon;

	SealingHorizon(JdbcClient jdbc, @Value("${gongxin.audit.seal-grace:PT5S}") Duration grace,
			@Value("${gongxin.audit.seal-lookback:PT1H}") Duration lookback) {
		this.jdbc = jdbc;
		this.grace = grace;
		this.lookback = lookback;
	}

	/** The start of the oldest transaction still open, less the grace: nothing logged before it can still appear. */
	OffsetDateTime next() {
		return jdbc.sql("""
				select least(now(), (select min(xact_start) from pg_stat_activity
				                      where xact_start is not null and pid <> pg_backend_pid())) - cast(? as interval)""")
			.param(grace.toMillis() + " milliseconds")
			.query(OffsetDateTime.class)
			.single();
	}

	/** A round that sealed everything it saw committed: the next need not look before its horizon. */
	void advanceTo(OffsetDateTime committed) {
		horizon = committed;
	}

	/** From when on the next round looks: the last horizon, or the lookback before the last seal. */
	OffsetDateTime since() {
		return horizon != null ? horizon
				: jdbc.sql("select coalesce(max(sealed_at), now()) - cast(? as interval) from query_log_chain")
					.param(lookback.toMillis() + " milliseconds")
					.query(OffsetDateTime.class)
					.single();
	}
}
