package io.gongxin.audit.internal;

import java.util.List;

import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class QueryLogJdbc implements QueryLog {

	private final JdbcClient jdbc;

	private final QueryLogWrites writes;

	private final QueryLogGroups groups;

	private final TransactionTemplate ownTransaction;

	QueryLogJdbc(JdbcClient jdbc, QueryLogWrites writes, QueryLogGroups groups, TransactionTemplate transactions) {
		this.writes = writes;
		this.jdbc = jdbc;
		this.groups = groups;
		this.ownTransaction = transactions;
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
	public void recordCommitted(QueryLogEntry entry) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An entry committed on its own is written outside the reader's transaction");
		}
		if (groups.enabled()) {
			groups.append(entry);
		}
		else {
			ownTransaction.executeWithoutResult(status -> writes.insert(List.of(entry)));
		}
	}

	@Override
	public boolean groupsCommits() {
		return groups.enabled();
	}

	@Override
	public List<QueryLogEntry> forSubject(SubjectKey subject, int limit) {
		return jdbc.sql("select " + QueryLogRows.COLUMNS + " from query_log where subject_key = ? order by at desc, id desc limit ?")
			.params(subject.value(), limit)
			.query((rs, row) -> QueryLogRows.entry(rs))
			.list();
	}
}
