package io.gongxin.audit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Committed entries no link seals yet, as the sealer looks for them. */
@Repository
class UnsealedEntries {

	private final JdbcClient jdbc;

	UnsealedEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The entries to seal, by id, at most {@code limit}: after the highest sealed id, or logged since {@code since}. */
	List<Unsealed> next(OffsetDateTime since, int limit) {
		long sealedUpTo = jdbc.sql("select coalesce(max(entry_id), 0) from query_log_chain").query(Long.class).single();
		return jdbc.sql("select " + QueryLogRows.COLUMNS + " " + """
				 from query_log q
				 where (q.id > ? or q.logged_at >= ?)
				   and not exists (select 1 from query_log_chain c where c.entry_id = q.id)
				 order by q.id limit ?""")
			.params(sealedUpTo, since, limit)
			.query((rs, row) -> new Unsealed(rs.getLong("id"), QueryLogRows.entry(rs)))
			.list();
	}
}
