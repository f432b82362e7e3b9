package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may write a running batch query (owner fencing, ADR 0012): every chunk is written under the lease its claim
 * took ({@link BatchQueryClaims}). A worker whose lease is gone stops without writing ({@link LeaseLost}).
 */
@Component
class BatchQueryLeases {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	BatchQueryLeases(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Still ours? Holds a key-share lock to the commit, so a takeover claim passes the row by meanwhile. */
	void fence(BatchQueryLease lease) {
		if (jdbc.sql("select 1 from batch_queries where id = ? and lease = ? and status = 'RUNNING' for key share")
			.params(lease.id(), lease.token())
			.query(Integer.class)
			.optional()
			.isEmpty()) {
			throw new LeaseLost();
		}
	}

	/** A chunk's answers after the {@code from} lines already committed. */
	void written(BatchQueryLease lease, int from, List<BatchQueryResult.Answer> answers) {
		if (jdbc.sql("""
				update batch_queries set results = coalesce(results, '[]'::jsonb) || cast(? as jsonb),
				       lines_done = ?, heartbeat_at = ?
				 where id = ? and lease = ? and lines_done = ?""")
			.params(json.writeValueAsString(answers), from + answers.size(), OffsetDateTime.now(clock), lease.id(),
					lease.token(), from)
			.update() == 0) {
			throw new LeaseLost();
		}
	}
}
