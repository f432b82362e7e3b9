package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.gongxin.account.Caller;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Agencies' batch queries taken in within the quota ({@link BatchQueryQuota}) and forgotten when kept long enough. */
@Repository
class BatchQueryStore {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final BatchQueryQuota quota;

	private final BatchQuerySettings settings;

	BatchQueryStore(JdbcClient jdbc, ObjectMapper json, Clock clock, TransactionTemplate transactions,
			BatchQueryQuota quota, BatchQuerySettings settings) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.transactions = transactions;
		this.quota = quota;
		this.settings = settings;
	}

	UUID submit(Caller caller, String purpose, List<BatchQueryLine> lines) {
		return transactions.execute(status -> {
			quota.checkLocked(caller.organisation());
			UUID id = UUID.randomUUID();
			OffsetDateTime now = OffsetDateTime.now(clock);
			jdbc.sql("""
					insert into batch_queries (id, organisation, username, purpose, subjects, status, created_at, expires_at)
					values (?, ?, ?, ?, cast(? as jsonb), 'QUEUED', ?, ?)""")
				.params(id, caller.organisation(), caller.username(), purpose, json.writeValueAsString(lines), now,
						now.plus(settings.keep()))
				.update();
			return id;
		});
	}

	void forgetExpired() {
		jdbc.sql("delete from batch_queries where expires_at < ?").param(OffsetDateTime.now(clock)).update();
	}
}
