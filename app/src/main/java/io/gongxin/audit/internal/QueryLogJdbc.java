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

	QueryLogJdbc(JdbcClient jdbc, QueryLogWrites writes) {
		this.writes = writes;
		this.jdbc = jdbc;
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
}
