package io.gongxin.audit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class QueryLogJdbc implements QueryLog {

	private static final Logger log = LoggerFactory.getLogger(QueryLogJdbc.class);

	static final String COLUMNS = "id, at, query_id, username, organisation, role, subject_key, items, matter, purpose, authorization_id, channel";

	private static final String INSERT = """
			insert into query_log (id, at, query_id, username, organisation, role, subject_key, items, matter, purpose,
			                       authorization_id, channel)
			values (nextval('query_log_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ChainVerification verification;

	private final Sealer sealer;

	private final Checkpoints checkpoints;

	private final io.gongxin.platform.Meters meters;

	QueryLogJdbc(JdbcClient jdbc, JdbcTemplate batch, ChainVerification verification, Sealer sealer,
			Checkpoints checkpoints, io.gongxin.platform.Meters meters) {
		this.meters = meters;
		this.batch = batch;
		this.jdbc = jdbc;
		this.verification = verification;
		this.sealer = sealer;
		this.checkpoints = checkpoints;
	}

	@Override
	public void signFinishedDays() {
		checkpoints.signFinishedDays();
	}

	@Override
	public int sealPending() {
		return sealer.sealPending();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(QueryLogEntry entry) {
		recordAll(List.of(entry));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<QueryLogEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
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

	@Override
	public List<QueryLogEntry> forSubject(SubjectKey subject, int limit) {
		return jdbc.sql("select " + COLUMNS + " from query_log where subject_key = ? order by at desc, id desc limit ?")
			.params(subject.value(), limit)
			.query((rs, row) -> entry(rs))
			.list();
	}

	@Override
	public Verification verify() {
		return verification.verify();
	}

	private static SubjectKey subjectOf(ResultSet rs) throws SQLException {
		long subject = rs.getLong("subject_key");
		return rs.wasNull() ? null : new SubjectKey(subject);
	}

	static QueryLogEntry entry(ResultSet rs) throws SQLException {
		Array items = rs.getArray("items");
		long authorization = rs.getLong("authorization_id");
		Long authorizationId = rs.wasNull() ? null : authorization;
		return new QueryLogEntry(rs.getObject("query_id", UUID.class), rs.getObject("at", OffsetDateTime.class),
				rs.getString("username"), rs.getString("organisation"), rs.getString("role"),
				subjectOf(rs), Arrays.asList((String[]) items.getArray()),
				rs.getString("matter"), rs.getString("purpose"), authorizationId, rs.getString("channel"));
	}
}
