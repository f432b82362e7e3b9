package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.notice.Notices;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-27b: the centre carries out the pending deletion requests whose day has come: the record leaves every query,
 * the provider and the subject are told. Safe on several nodes: each request is locked while it is carried out
 * ({@code skip locked}), and a withdrawal holding the lock wins.
 */
@Component
class DeletionCarryOut {

	private static final int BATCH = 100;

	private final Records records;

	private final RightsRecords rights;

	private final RecordNames names;

	private final Notices notices;

	private final JdbcClient jdbc;

	private final Clock clock;

	DeletionCarryOut(Records records, RightsRecords rights, RecordNames names, Notices notices, JdbcClient jdbc,
			Clock clock) {
		this.records = records;
		this.rights = rights;
		this.names = names;
		this.notices = notices;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Carries out the due requests (up to a batch); returns how many. Idempotent. */
	@Transactional
	int carryOutDue() {
		List<Deletions.Stored> due = jdbc.sql("""
				select id, subject_key, record_id, status, due_by, carry_out_on from deletion_requests
				 where status = 'PENDING' and carry_out_on <= ? order by carry_out_on, id limit ? for update skip locked""")
			.params(LocalDate.now(clock), BATCH)
			.query(Deletions.Stored.class)
			.list();
		due.forEach(this::carryOut);
		return due.size();
	}

	private void carryOut(Deletions.Stored request) {
		CreditRecord record = rights.record(request.recordId());
		if (record.state() == RecordState.ACTIVE) {
			records.delete(record.id(), "信息主体申请删除 / deleted on the subject's request",
					"centre");
		}
		jdbc.sql("update deletion_requests set status = 'DONE', done_at = ? where id = ?")
			.params(OffsetDateTime.now(clock), request.id())
			.update();
		String name = names.of(record);
		notices.toOrganisation(record.provider(), "RECORD_DELETED",
				"信息主体申请删除「" + name + "」（记录 " + record.id() + "），平台已删除，不再提供查询。");
		notices.toSubject(record.subject(), "DELETION_DONE",
				"平台已按您的申请删除「" + name + "」（申请 " + request.id() + "），该信息不再提供查询。");
		rights.decided("centre", "CENTER", "CENTER_ADMIN", record, "RECORD_DELETED", "R-27b deletion on request carried out");
	}
}
