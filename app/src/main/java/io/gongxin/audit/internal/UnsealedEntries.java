package io.gongxin.audit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Committed entries no link seals yet, as the sealer looks for them. */
@Repository
class UnsealedEntries {

	/** The highest sealed entry id: the last key of the chain's unique entry id. */
	static final String SEALED_UP_TO = "select coalesce(max(entry_id), 0) from query_log_chain";

	/**
	 * Only what may be unsealed is read: the entries after the highest sealed id (a range of the partitions'
	 * primary keys, in id order) and those at or below it logged since the horizon (a range of
	 * {@code query_log_by_logged}), each checked against the chain's unique entry id. Two ranges joined rather than
	 * one {@code or}, which the planner may answer by walking the whole log in id order (parameters: sealed up to,
	 * since, sealed up to, limit).
	 */
	static final String NEXT = "select " + QueryLogRows.COLUMNS + " from (select " + QueryLogRows.COLUMNS
			+ " from query_log where id > ? union all select " + QueryLogRows.COLUMNS
			+ " from query_log where logged_at >= ? and id <= ?) q"
			+ " where not exists (select 1 from query_log_chain c where c.entry_id = q.id) order by q.id limit ?";

	/**
	 * A round that follows the last one (no backlog) runs its statement without parallel workers, for its transaction
	 * only. Over the log's 73 partitions the planner's estimate passes the threshold for a parallel plan, and starting
	 * two workers took 70 to 100 ms on a busy machine against 7 ms for reading the few hundred entries due (EXPLAIN
	 * ANALYZE at 1,000,000 entries, docs/benchmarks.md, Sweeps). Working off a backlog, where the statement reads all
	 * of it to pick the first entries by id, the workers pay (at 110,000 unsealed: 0.36 s a round with them, 1 s
	 * without). {@code set local} ends with the transaction: the pooled connection keeps its default.
	 */
	static final String SERIAL = "set local max_parallel_workers_per_gather = 0";

	private final JdbcClient jdbc;

	UnsealedEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The entries to seal, by id, at most {@code limit}: after the highest sealed id, or logged since {@code since}.
	 * Runs in the round's transaction; {@link #SERIAL} unless the last round left a {@code backlog}.
	 */
	List<Unsealed> next(OffsetDateTime since, int limit, boolean backlog) {
		long sealedUpTo = jdbc.sql(SEALED_UP_TO).query(Long.class).single();
		if (!backlog) {
			jdbc.sql(SERIAL).update();
		}
		return jdbc.sql(NEXT)
			.params(sealedUpTo, since, sealedUpTo, limit)
			.query((rs, row) -> new Unsealed(rs.getLong("id"), QueryLogRows.entry(rs)))
			.list();
	}
}
