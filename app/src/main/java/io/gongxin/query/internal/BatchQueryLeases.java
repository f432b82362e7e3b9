package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may write a running batch query (owner fencing, ADR 0012): a claim takes a lease, every chunk is written
 * under it, and a takeover, a hand-back or a failure ends it. A worker whose lease is gone stops without writing
 * ({@link LeaseLost}).
 */
@Component
class BatchQueryLeases {

	private static final Logger log = LoggerFactory.getLogger(BatchQueryLeases.class);

	private static final TypeReference<List<BatchQueryLine>> LINES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	private final BatchQuerySettings settings;

	BatchQueryLeases(JdbcClient jdbc, ObjectMapper json, Clock clock, BatchQuerySettings settings) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.settings = settings;
	}

	/** The right of one worker to write one batch query: the token of its claim. */
	record Lease(UUID id, UUID token) {
	}

	/** What a worker answers: the query's lines, from the first not yet committed. */
	record Work(String username, String purpose, List<BatchQueryLine> lines, int done) {
	}

	/** The batch query was taken over or handed back: this worker stops without writing. */
	static final class LeaseLost extends RuntimeException {

		LeaseLost() {
			super("lease lost", null, false, false);
		}
	}

	/**
	 * Fails the batch queries whose node stopped heart-beating after their last allowed start: a query that brings
	 * its node down is not taken over for ever. Returns how many.
	 */
	int exhaust() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int failed = jdbc.sql("""
				update batch_queries set status = 'FAILED', finished_at = ?, lease = null
				 where status = 'RUNNING' and heartbeat_at < ? and attempts >= ?""")
			.params(now, now.minus(settings.staleAfter()), settings.maxAttempts())
			.update();
		if (failed > 0) {
			log.warn("{} batch queries were started {} times without finishing; they are failed", failed,
					settings.maxAttempts());
		}
		return failed;
	}

	/** The oldest waiting batch query, or a stale one with starts left. */
	Optional<Lease> claim() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		UUID token = UUID.randomUUID();
		return jdbc.sql("""
				update batch_queries set status = 'RUNNING', heartbeat_at = ?, lease = ?, attempts = attempts + 1
				 where id = (select id from batch_queries where status = 'QUEUED'
				                or (status = 'RUNNING' and heartbeat_at < ? and attempts < ?)
				             order by created_at limit 1 for update skip locked)
				returning id""")
			.params(now, token, now.minus(settings.staleAfter()), settings.maxAttempts())
			.query(UUID.class)
			.optional()
			.map(id -> new Lease(id, token));
	}

	Work work(Lease lease) {
		return jdbc.sql("""
				select username, purpose, subjects::text as subjects, lines_done from batch_queries where id = ?""")
			.param(lease.id())
			.query((rs, row) -> new Work(rs.getString("username"), rs.getString("purpose"),
					json.readValue(rs.getString("subjects"), LINES), rs.getInt("lines_done")))
			.single();
	}

	/** Still ours? Holds a key-share lock to the commit, so a takeover claim passes the row by meanwhile. */
	void fence(Lease lease) {
		if (jdbc.sql("select 1 from batch_queries where id = ? and lease = ? and status = 'RUNNING' for key share")
			.params(lease.id(), lease.token())
			.query(Integer.class)
			.optional()
			.isEmpty()) {
			throw new LeaseLost();
		}
	}

	/** A chunk's answers after the {@code from} lines already committed. */
	void written(Lease lease, int from, List<BatchQueryResult.Answer> answers) {
		written(jdbc.sql("""
				update batch_queries set results = coalesce(results, '[]'::jsonb) || cast(? as jsonb),
				       lines_done = ?, heartbeat_at = ?
				 where id = ? and lease = ? and lines_done = ?""")
			.params(json.writeValueAsString(answers), from + answers.size(), OffsetDateTime.now(clock), lease.id(),
					lease.token(), from)
			.update());
	}

	void done(Lease lease) {
		written(jdbc.sql("""
				update batch_queries set status = 'DONE', results = coalesce(results, '[]'::jsonb), finished_at = ?, lease = null
				 where id = ? and lease = ? and status = 'RUNNING'""")
			.params(OffsetDateTime.now(clock), lease.id(), lease.token())
			.update());
	}

	/** Back to the queue after its last committed chunk, for another node; this start does not count. */
	void handBack(Lease lease) {
		jdbc.sql("""
				update batch_queries set status = 'QUEUED', lease = null, heartbeat_at = null, attempts = attempts - 1
				 where id = ? and lease = ? and status = 'RUNNING'""")
			.params(lease.id(), lease.token())
			.update();
	}

	void failed(Lease lease) {
		jdbc.sql("update batch_queries set status = 'FAILED', finished_at = ?, lease = null where id = ? and lease = ?")
			.params(OffsetDateTime.now(clock), lease.id(), lease.token())
			.update();
	}

	private static void written(int rows) {
		if (rows == 0) {
			throw new LeaseLost();
		}
	}
}
