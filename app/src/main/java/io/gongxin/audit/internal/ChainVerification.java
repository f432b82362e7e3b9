package io.gongxin.audit.internal;

import java.util.Arrays;

import javax.sql.DataSource;

import io.gongxin.audit.QueryLog.Problem;
import io.gongxin.audit.QueryLog.Verification;
import io.gongxin.audit.QueryLogEntry;

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

	private final Checkpoints checkpoints;

	ChainVerification(DataSource dataSource, Checkpoints checkpoints) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(5000);
		this.checkpoints = checkpoints;
	}

	/** Where the walk is. */
	private static final class Walk {

		long expectedSeq = 1;

		byte[] previous = EntryHash.GENESIS;

		long sealed;

		long watermark;

		Problem problem;
	}

	/**
	 * Not {@code readOnly}: a read-only transaction may be answered by a read replica (ADR 0015), and the query log
	 * is verified where it is written, on the primary. PostgreSQL still refuses any write in it.
	 */
	@Transactional
	Verification verify() {
		jdbc.execute("set transaction read only");
		Walk walk = new Walk();
		jdbc.query("select c.seq, c.entry_id, c.prev_hash, c.hash, q." + QueryLogJdbc.COLUMNS.replace(", ", ", q.")
				+ " from query_log_chain c left join query_log q on q.id = c.entry_id and q.at = c.entry_at order by c.seq",
				rs -> {
					if (walk.problem != null) {
						return;
					}
					long seq = rs.getLong("seq");
					long entryId = rs.getLong("entry_id");
					if (seq != walk.expectedSeq) {
						walk.problem = new Problem(walk.expectedSeq, entryId, "LINK_DELETED");
						return;
					}
					if (rs.getObject("id") == null) {
						walk.problem = new Problem(seq, entryId, "ENTRY_DELETED");
						return;
					}
					QueryLogEntry entry = QueryLogJdbc.entry(rs);
					byte[] hash = rs.getBytes("hash");
					if (!Arrays.equals(rs.getBytes("prev_hash"), walk.previous)
							|| !Arrays.equals(EntryHash.of(walk.previous, entryId, entry), hash)) {
						walk.problem = new Problem(seq, entryId, "ENTRY_ALTERED");
						return;
					}
					walk.previous = hash;
					walk.expectedSeq++;
					walk.sealed++;
					walk.watermark = Math.max(walk.watermark, entryId);
				});
		if (walk.problem == null) {
			Long inserted = jdbc.queryForObject("""
					select min(q.id) from query_log q
					 where q.id <= ? and not exists (select 1 from query_log_chain c where c.entry_id = q.id)""",
					Long.class, walk.watermark);
			if (inserted != null) {
				walk.problem = new Problem(null, inserted, "ENTRY_INSERTED");
			}
		}
		if (walk.problem == null) {
			walk.problem = checkpoints.verify().orElse(null);
		}
		Long unsealed = jdbc.queryForObject("select count(*) from query_log where id > ?", Long.class, walk.watermark);
		return new Verification(walk.problem == null, walk.sealed, unsealed == null ? 0 : unsealed, walk.problem);
	}
}
