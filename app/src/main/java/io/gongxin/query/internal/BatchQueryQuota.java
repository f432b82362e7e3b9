package io.gongxin.query.internal;

import java.util.Map;

import io.gongxin.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At most {@code gongxin.batch-queries.max-open-per-organisation} open batch queries per organisation, counted in
 * the database so it holds across nodes (429 BATCH_QUERY_QUOTA).
 */
@Component
class BatchQueryQuota {

	private final JdbcClient jdbc;

	private final BatchQuerySettings settings;

	BatchQueryQuota(JdbcClient jdbc, BatchQuerySettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** Refuses early, before the subjects are resolved; {@link #checkLocked} checks again under a lock. */
	void check(String organisation) {
		if (open(organisation) >= settings.maxOpenPerOrganisation()) {
			throw exceeded();
		}
	}

	/** Within the submitting transaction: serialises one organisation's submissions on every node. */
	void checkLocked(String organisation) {
		// the count and the insert agree
		jdbc.sql("select pg_advisory_xact_lock(hashtext('gongxin-batch-query-quota'), hashtext(?))")
			.param(organisation)
			.query()
			.singleRow();
		check(organisation);
	}

	private long open(String organisation) {
		return jdbc.sql("select count(*) from batch_queries where organisation = ? and status in ('QUEUED', 'RUNNING')")
			.param(organisation)
			.query(Long.class)
			.single();
	}

	private DomainException exceeded() {
		int max = settings.maxOpenPerOrganisation();
		return new DomainException(DomainException.Kind.TOO_MANY, "BATCH_QUERY_QUOTA", Map.of("max", max), max);
	}
}
