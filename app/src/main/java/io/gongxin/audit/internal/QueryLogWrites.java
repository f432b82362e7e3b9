package io.gongxin.audit.internal;

import java.util.List;

import io.gongxin.audit.QueryLogEntry;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.Meters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The write side of {@link QueryLogJdbc}: entries inserted in the reader's transaction, fail-closed. */
@Repository
class QueryLogWrites {

	private static final Logger log = LoggerFactory.getLogger(QueryLogJdbc.class);

	private static final String INSERT = """
			insert into query_log (id, at, query_id, username, organisation, role, subject_key, items, matter, purpose,
			                       authorization_id, channel)
			values (nextval('query_log_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate batch;

	private final Meters meters;

	QueryLogWrites(JdbcTemplate batch, Meters meters) {
		this.batch = batch;
		this.meters = meters;
	}

	/** Inserts the entries; when they cannot be written, {@code AUDIT_UNAVAILABLE} rolls the reader back. */
	void insert(List<QueryLogEntry> entries) {
		try {
			batch.batchUpdate(INSERT, entries, entries.size(), (statement, entry) -> {
				statement.setObject(1, entry.at());
				statement.setObject(2, entry.queryId());
				statement.setString(3, entry.username());
				statement.setString(4, entry.organisation());
				statement.setString(5, entry.role());
				statement.setObject(6, entry.subject() == null ? null : entry.subject().value(), java.sql.Types.BIGINT);
				statement.setArray(7, statement.getConnection().createArrayOf("text", entry.items().toArray()));
				statement.setString(8, entry.matter());
				statement.setString(9, entry.purpose());
				statement.setObject(10, entry.authorizationId(), java.sql.Types.BIGINT);
				statement.setString(11, entry.channel());
			});
			entries.forEach(entry -> meters.queryLogged(entry.matter(), entry.role(), entry.channel()));
		}
		catch (DataAccessException ex) {
			meters.logWriteFailed("query");
			log.error("Query log entry could not be written; the query returns nothing", ex);
			throw new DomainException(DomainException.Kind.UNAVAILABLE, "AUDIT_UNAVAILABLE");
		}
	}
}
