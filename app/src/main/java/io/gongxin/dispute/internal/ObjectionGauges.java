package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import io.gongxin.platform.Refreshed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Objections waiting, read from the database (so every node says the same), at most once per
 * {@code gongxin.metrics.refresh}: {@code gongxin.objections.open} by status ({@code RECEIVED}: the centre must
 * compare; {@code FORWARDED}: the provider must verify) and {@code gongxin.objections.overdue} by the party that is
 * late ({@code CENTRE}: received and past {@code compare_by}; {@code PROVIDER}: forwarded and past
 * {@code verify_by}, the record suspended from queries, R-30b). "Today" is the platform's clock.
 */
@Component
class ObjectionGauges {

	record Counts(long received, long forwarded, long centreOverdue, long providerOverdue) {
	}

	private final Refreshed<Counts> reading;

	ObjectionGauges(JdbcClient jdbc, Clock clock, MeterRegistry registry,
			@Value("${gongxin.metrics.refresh:PT5S}") Duration refresh) {
		this.reading = new Refreshed<>(() -> read(jdbc, LocalDate.now(clock)), refresh);
		gauge(registry, "gongxin.objections.open", "status", "RECEIVED", Counts::received,
				"Open objections by status");
		gauge(registry, "gongxin.objections.open", "status", "FORWARDED", Counts::forwarded,
				"Open objections by status");
		gauge(registry, "gongxin.objections.overdue", "party", "CENTRE", Counts::centreOverdue,
				"Open objections past their deadline, by the party that is late");
		gauge(registry, "gongxin.objections.overdue", "party", "PROVIDER", Counts::providerOverdue,
				"Open objections past their deadline, by the party that is late");
	}

	private void gauge(MeterRegistry registry, String name, String tag, String value,
			java.util.function.ToLongFunction<Counts> part, String description) {
		Gauge.builder(name, this, g -> {
			Counts counts = g.reading.get();
			return counts == null ? Double.NaN : part.applyAsLong(counts);
		}).tag(tag, value).description(description).register(registry);
	}

	private static Counts read(JdbcClient jdbc, LocalDate today) {
		return jdbc.sql("""
				select count(*) filter (where status = 'RECEIVED'),
				       count(*) filter (where status = 'FORWARDED'),
				       count(*) filter (where status = 'RECEIVED' and compare_by < ?),
				       count(*) filter (where status = 'FORWARDED' and verify_by < ?)
				  from objections where status in ('RECEIVED', 'FORWARDED')""")
			.params(today, today)
			.query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}
}
