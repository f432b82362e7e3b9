package io.gongxin.audit.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code sealer} health indicator: {@code OUT_OF_SERVICE} when more entries wait to be sealed than
 * {@code gongxin.health.sealer.max-unsealed}, or the oldest has waited longer than
 * {@code gongxin.health.sealer.max-age}; {@code UNKNOWN} when the backlog cannot be read (the database has its own
 * indicator). The sealer is one for all nodes (an advisory lock), so this says the same on every node; it is in the
 * overall health, never in the readiness group (a lagging sealer is no reason to stop serving reads).
 * The details (counts, thresholds) are shown only to a centre administrator ({@code management.endpoint.health.roles}).
 */
@Component("sealerHealthIndicator")
class SealerHealth implements HealthIndicator {

	private final SealerBacklog backlog;

	private final long maxUnsealed;

	private final Duration maxAge;

	SealerHealth(SealerBacklog backlog, @Value("${gongxin.health.sealer.max-unsealed:10000}") long maxUnsealed,
			@Value("${gongxin.health.sealer.max-age:PT5M}") Duration maxAge) {
		this.backlog = backlog;
		this.maxUnsealed = maxUnsealed;
		this.maxAge = maxAge;
	}

	@Override
	public Health health() {
		return assess(backlog.current(), maxUnsealed, maxAge);
	}

	static Health assess(Backlog current, long maxUnsealed, Duration maxAge) {
		if (current == null) {
			return Health.unknown().withDetail("reason", "backlog unreadable").build();
		}
		boolean behind = current.entries() > maxUnsealed || current.oldestAgeSeconds() > maxAge.toSeconds();
		return Health.status(behind ? Status.OUT_OF_SERVICE : Status.UP)
			.withDetail("unsealedEntries", current.entries())
			.withDetail("oldestUnsealedAgeSeconds", Math.round(current.oldestAgeSeconds()))
			.withDetail("maxUnsealed", maxUnsealed)
			.withDetail("maxAgeSeconds", maxAge.toSeconds())
			.build();
	}
}
