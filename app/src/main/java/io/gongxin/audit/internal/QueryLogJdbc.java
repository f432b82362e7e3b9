package io.gongxin.audit.internal;

import java.util.List;

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
		return jdbc.sql("select " + QueryLogRows.COLUMNS + " from query_log where subject_key = ? order by at desc, id desc limit ?")
			.params(subject.value(), limit)
			.query((rs, row) -> QueryLogRows.entry(rs))
			.list();
	}

	@Override
	public Verification verify() {
		return verification.verify();
	}
}
