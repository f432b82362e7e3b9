package io.gongxin.audit.internal;

import javax.sql.DataSource;

import io.gongxin.audit.QueryLogChain.Problem;
import io.gongxin.audit.QueryLogChain.Verification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in order and recomputes every hash: an entry changed, deleted or slipped in
 * below the sealed watermark, or a link removed, makes the log invalid and is named.
 */
@Component
class ChainVerification {

	private final JdbcTemplate jdbc;

	private final CheckpointVerification checkpoints;

	ChainVerification(DataSource dataSource, CheckpointVerification checkpoints) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(5000);
		this.checkpoints = checkpoints;
	}

	/**
	 * Not {@code readOnly}: a read-only transaction may be answered by a read replica (ADR 0015), and the query log
	 * is verified where it is written, on the primary. PostgreSQL still refuses any write in it.
	 */
	@Transactional
	Verification verify() {
		jdbc.execute("set transaction read only");
		ChainWalk walk = new ChainWalk();
		jdbc.query("select c.seq, c.entry_id, c.prev_hash, c.hash, q." + QueryLogRows.COLUMNS.replace(", ", ", q.")
				+ " from query_log_chain c left join query_log q on q.id = c.entry_id and q.at = c.entry_at order by c.seq",
				walk::visit);
		if (walk.problem == null) {
			walk.problem = insertedBelow(walk.watermark);
		}
		if (walk.problem == null) {
			walk.problem = checkpoints.verify().orElse(null);
		}
		Long unsealed = jdbc.queryForObject("select count(*) from query_log where id > ?", Long.class, walk.watermark);
		return new Verification(walk.problem == null, walk.sealed, unsealed == null ? 0 : unsealed, walk.problem);
	}

	/** An entry below the sealed watermark that no link seals was slipped in after sealing. */
	private Problem insertedBelow(long watermark) {
		Long inserted = jdbc.queryForObject("""
				select min(q.id) from query_log q
				 where q.id <= ? and not exists (select 1 from query_log_chain c where c.entry_id = q.id)""",
				Long.class, watermark);
		return inserted == null ? null : new Problem(null, inserted, "ENTRY_INSERTED");
	}
}
