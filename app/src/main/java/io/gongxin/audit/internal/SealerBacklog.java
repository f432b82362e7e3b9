package io.gongxin.audit.internal;

import java.time.Duration;

import io.gongxin.platform.Refreshed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far the sealer is behind: query-log entries committed but not chained yet, and how long the oldest has
 * waited. Gauges {@code gongxin.audit.unsealed.entries} and {@code gongxin.audit.unsealed.oldest.age} (seconds),
 * and the {@code sealer} health indicator ({@link SealerHealth}), read through one {@link Refreshed} reading.
 *
 * <p>Cheap: it looks only at entries logged since the last seal less the sealer's own lookback (the index on
 * {@code logged_at}), the window in which the sealer itself looks for stragglers. The age is counted by the
 * database ({@code now() - logged_at}), the clock that wrote {@code logged_at}.
 */
@Component
class SealerBacklog {

	private final Refreshed<Backlog> reading;

	SealerBacklog(JdbcClient jdbc, MeterRegistry registry,
			@Value("${gongxin.audit.seal-lookback:PT1H}") Duration lookback,
			@Value("${gongxin.metrics.refresh:PT5S}") Duration refresh) {
		this.reading = new Refreshed<>(() -> read(jdbc, lookback), refresh);
		Gauge.builder("gongxin.audit.unsealed.entries", this, b -> value(b.current(), Backlog::entries))
			.description("Query-log entries committed and not yet sealed into the chain")
			.register(registry);
		Gauge.builder("gongxin.audit.unsealed.oldest.age", this, b -> value(b.current(), Backlog::oldestAgeSeconds))
			.description("Age of the oldest unsealed query-log entry")
			.baseUnit("seconds")
			.register(registry);
	}

	/** The backlog as last read (at most {@code gongxin.metrics.refresh} old), or null if the database is away. */
	Backlog current() {
		return reading.get();
	}

	static Backlog read(JdbcClient jdbc, Duration lookback) {
		return jdbc.sql("""
				select count(*), coalesce(extract(epoch from now() - min(q.logged_at)), 0)
				  from query_log q
				 where q.logged_at >= (select coalesce(max(sealed_at), '-infinity') from query_log_chain)
				                      - cast(? as interval)
				   and not exists (select 1 from query_log_chain c where c.entry_id = q.id)""")
			.param(lookback.toMillis() + " milliseconds")
			.query((rs, row) -> new Backlog(rs.getLong(1), Math.max(0, rs.getDouble(2))))
			.single();
	}

	private static double value(Backlog backlog, java.util.function.ToDoubleFunction<Backlog> part) {
		return backlog == null ? Double.NaN : part.applyAsDouble(backlog);
	}
}
