package io.gongxin.repair.internal;

import java.time.LocalDate;
import java.util.HashSet;

import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;
import io.gongxin.repair.PendingRights;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class PendingRightsJdbc implements PendingRights {

	private final JdbcClient jdbc;

	private final Records records;

	private final DeletionDays days;

	private final RequestedDeletions requests;

	PendingRightsJdbc(JdbcClient jdbc, Records records, DeletionDays days, RequestedDeletions requests) {
		this.jdbc = jdbc;
		this.records = records;
		this.days = days;
		this.requests = requests;
	}

	@Override
	public Pending of(SubjectKey subject) {
		return new Pending(
				new HashSet<>(jdbc.sql("select record_id from deletion_requests where subject_key = ? and status = 'PENDING'")
					.param(subject.value())
					.query(Long.class)
					.list()),
				new HashSet<>(jdbc.sql("select record_id from repairs where subject_key = ? and status = 'PENDING'")
					.param(subject.value())
					.query(Long.class)
					.list()));
	}

	@Override
	@Transactional
	public long enterDeletionRequest(SubjectKey subject, long recordId, LocalDate requestedOn, String by) {
		CreditRecord record = records.find(recordId).filter(r -> r.subject().equals(subject)).orElseThrow();
		LocalDate dueBy = days.dueBy(requestedOn).date();
		return requests.requested(record.subject(), record.id(), requestedOn, dueBy, days.carryOutOn(requestedOn, dueBy), by);
	}
}
