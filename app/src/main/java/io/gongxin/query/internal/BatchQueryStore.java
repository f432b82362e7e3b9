package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agencies' batch queries as they are kept (R-20b): taken in within the organisation's quota, counted in the
 * database so it holds across nodes (429 BATCH_QUERY_QUOTA), read back with their answers, forgotten after
 * {@code gongxin.batch-queries.keep}.
 */
@Repository
class BatchQueryStore {

	private static final TypeReference<List<BatchQueryResult.Answer>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final BatchQuerySettings settings;

	BatchQueryStore(JdbcClient jdbc, ObjectMapper json, Clock clock, TransactionTemplate transactions,
			BatchQuerySettings settings) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.transactions = transactions;
		this.settings = settings;
	}

	/** Refuses early, before the subjects are resolved; {@link #submit} checks again under a lock. */
	void checkQuota(String organisation) {
		if (open(organisation) >= settings.maxOpenPerOrganisation()) {
			throw quotaExceeded();
		}
	}

	private long open(String organisation) {
		return jdbc.sql("select count(*) from batch_queries where organisation = ? and status in ('QUEUED', 'RUNNING')")
			.param(organisation)
			.query(Long.class)
			.single();
	}

	private DomainException quotaExceeded() {
		int max = settings.maxOpenPerOrganisation();
		return new DomainException(DomainException.Kind.TOO_MANY, "BATCH_QUERY_QUOTA", Map.of("max", max), max);
	}

	UUID submit(Caller caller, String purpose, List<BatchQueryLine> lines) {
		return transactions.execute(status -> {
			// serialises one organisation's submissions on every node: the count and the insert agree
			jdbc.sql("select pg_advisory_xact_lock(hashtext('gongxin-batch-query-quota'), hashtext(?))")
				.param(caller.organisation())
				.query()
				.singleRow();
			if (open(caller.organisation()) >= settings.maxOpenPerOrganisation()) {
				throw quotaExceeded();
			}
			return insert(caller, purpose, lines);
		});
	}

	private UUID insert(Caller caller, String purpose, List<BatchQueryLine> lines) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into batch_queries (id, organisation, username, purpose, subjects, status, created_at, expires_at)
				values (?, ?, ?, ?, cast(? as jsonb), 'QUEUED', ?, ?)""")
			.params(id, caller.organisation(), caller.username(), purpose, json.writeValueAsString(lines), now,
					now.plus(settings.keep()))
			.update();
		return id;
	}

	/** The organisation's latest batch queries, newest first (without their results). */
	List<BatchQueryResult.Summary> recent(String organisation, int limit) {
		return jdbc.sql("""
				select id, status, purpose, jsonb_array_length(subjects) as total, created_at, finished_at
				  from batch_queries where organisation = ? order by created_at desc limit ?""")
			.params(organisation, limit)
			.query((rs, row) -> new BatchQueryResult.Summary(rs.getObject("id", UUID.class), rs.getString("status"),
					rs.getString("purpose"), rs.getInt("total"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("finished_at", OffsetDateTime.class)))
			.list();
	}

	/** One of the organisation's batch queries, with its answers once it is done. */
	Optional<BatchQueryResult> find(UUID id, String organisation) {
		return jdbc.sql("""
				select status, jsonb_array_length(subjects) as total,
				       case when status = 'DONE' then results::text end as results, created_at, finished_at, expires_at
				  from batch_queries where id = ? and organisation = ?""")
			.params(id, organisation)
			.query((rs, row) -> {
				BatchQueryResult result = new BatchQueryResult(id, rs.getString("status"), rs.getInt("total"),
						rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
						rs.getObject("expires_at", OffsetDateTime.class), null, null);
				String answers = rs.getString("results");
				return answers == null ? result : BatchQueryResult.done(result, json.readValue(answers, ANSWERS));
			})
			.optional();
	}

	void forgetExpired() {
		jdbc.sql("delete from batch_queries where expires_at < ?").param(OffsetDateTime.now(clock)).update();
	}
}
