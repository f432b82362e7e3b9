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

	private final Refreshed<ObjectionCounts> reading;

	ObjectionGauges(JdbcClient jdbc, Clock clock, MeterRegistry registry,
			@Value("${gongxin.metrics.refresh:PT5S}") Duration refresh) {
		this.reading = new Refreshed<>(() -> ObjectionCounts.read(jdbc, LocalDate.now(clock)), refresh);
		gauge(registry, "gongxin.objections.open", "status", "RECEIVED", ObjectionCounts::received,
				"Open objections by status");
		gauge(registry, "gongxin.objections.open", "status", "FORWARDED", ObjectionCounts::forwarded,
				"Open objections by status");
		gauge(registry, "gongxin.objections.overdue", "party", "CENTRE", ObjectionCounts::centreOverdue,
				"Open objections past their deadline, by the party that is late");
		gauge(registry, "gongxin.objections.overdue", "party", "PROVIDER", ObjectionCounts::providerOverdue,
				"Open objections past their deadline, by the party that is late");
	}

	private void gauge(MeterRegistry registry, String name, String tag, String value,
			java.util.function.ToLongFunction<ObjectionCounts> part, String description) {
		Gauge.builder(name, this, g -> {
			ObjectionCounts counts = g.reading.get();
			return counts == null ? Double.NaN : part.applyAsLong(counts);
		}).tag(tag, value).description(description).register(registry);
	}
}
