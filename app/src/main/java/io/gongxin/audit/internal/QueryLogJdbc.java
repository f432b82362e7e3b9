package io.gongxin.audit.internal;

import java.util.List;

import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class QueryLogJdbc implements QueryLog {

	private final JdbcClient jdbc;

	private final QueryLogWrites writes;

	private final ChainVerification verification;

	private final Sealer sealer;

	private final Checkpoints checkpoints;

	QueryLogJdbc(JdbcClient jdbc, QueryLogWrites writes, ChainVerification verification, Sealer sealer,
			Checkpoints checkpoints) {
		this.writes = writes;
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
		writes.insert(entries);
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
