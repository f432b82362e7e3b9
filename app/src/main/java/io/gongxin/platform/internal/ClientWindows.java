package io.gongxin.platform.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import io.gongxin.platform.ClientThrottle;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;

/**
 * {@link ClientThrottle} on a fixed one-minute window per client, counted across the nodes in the database
 * ({@link ClientWindowCounts}).
 */
@Component
class ClientWindows implements ClientThrottle {

	/** Clients are addresses: at most an IPv6 text form; anything longer is cut, not stored whole. */
	private static final int CLIENT_MAX = 64;

	private final ClientWindowCounts counts;

	private final Clock clock;

	private final Map<Bucket, Integer> limits;

	private final Set<String> exempt;

	ClientWindows(ClientWindowCounts counts, Clock clock, ThrottleSettings settings) {
		this.counts = counts;
		this.clock = clock;
		this.limits = Map.of(Bucket.LOOKUP, settings.anonymousLookupsPerMinute(), Bucket.REPORT,
				settings.anonymousReportsPerMinute());
		this.exempt = Set.copyOf(settings.exemptClients());
	}

	@Override
	public void count(Bucket bucket, String client, String code) {
		int limit = limits.get(bucket);
		String who = client == null ? "" : client.length() > CLIENT_MAX ? client.substring(0, CLIENT_MAX) : client;
		if (limit <= 0 || exempt.contains(who)) {
			return;
		}
		long millis = clock.millis();
		long minute = millis / 60_000;
		Integer hits = counts.hit(bucket, who, minute);
		if (hits != null && hits > limit) {
			long retryAfter = Math.max(1, ((minute + 1) * 60_000 - millis + 999) / 1000);
			throw new DomainException(DomainException.Kind.TOO_MANY, code,
					Map.of(DomainException.RETRY_AFTER, retryAfter, "limit", limit), limit);
		}
	}
}
