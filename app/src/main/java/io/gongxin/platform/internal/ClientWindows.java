package io.gongxin.platform.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.gongxin.platform.ClientThrottle;
import io.gongxin.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ClientThrottle} on a fixed one-minute window per client, kept in {@code client_windows} with one
 * upsert per request: every node counts into the same row. The count is committed on its own, so a refused
 * or failed request still counts.
 */
@Component
class ClientWindows implements ClientThrottle {

	/** Clients are addresses: at most an IPv6 text form; anything longer is cut, not stored whole. */
	private static final int CLIENT_MAX = 64;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<Bucket, Integer> limits;

	private final Set<String> exempt;

	private final AtomicLong sweptBefore = new AtomicLong();

	private final TransactionTemplate ownTransaction;

	ClientWindows(JdbcClient jdbc, Clock clock, ThrottleSettings settings, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
		Integer hits = ownTransaction.execute(status -> {
			sweep(minute);
			return jdbc.sql("""
				insert into client_windows (bucket, client, minute, hits) values (?, ?, ?, 1)
				on conflict (bucket, client, minute) do update set hits = client_windows.hits + 1
				returning hits""").params(bucket.name(), who, minute).query(Integer.class).single();
		});
		if (hits != null && hits > limit) {
			long retryAfter = Math.max(1, ((minute + 1) * 60_000 - millis + 999) / 1000);
			throw new DomainException(DomainException.Kind.TOO_MANY, code,
					Map.of(DomainException.RETRY_AFTER, retryAfter, "limit", limit), limit);
		}
	}

	/** Once a minute per node, the windows that can no longer count are deleted. */
	private void sweep(long minute) {
		long before = sweptBefore.get();
		if (before < minute && sweptBefore.compareAndSet(before, minute)) {
			jdbc.sql("delete from client_windows where minute < ?").param(minute - 1).update();
		}
	}
}
