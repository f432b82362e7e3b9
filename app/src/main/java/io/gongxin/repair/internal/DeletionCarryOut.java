package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.notice.Notices;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;

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

	private final DeletionRequests requests;

	private final RightsRecords rights;

	private final RecordNames names;

	private final Notices notices;

	private final Clock clock;

	DeletionCarryOut(Records records, DeletionRequests requests, RightsRecords rights, RecordNames names,
			Notices notices, Clock clock) {
		this.records = records;
		this.requests = requests;
		this.rights = rights;
		this.names = names;
		this.notices = notices;
		this.clock = clock;
	}

	/** Carries out the due requests (up to a batch); returns how many. Idempotent. */
	@Transactional
	int carryOutDue() {
		List<DeletionRequest> due = requests.lockDue(LocalDate.now(clock), BATCH);
		due.forEach(this::carryOut);
		return due.size();
	}

	private void carryOut(DeletionRequest request) {
		DeletionRequest done = request.carryOut();
		CreditRecord record = rights.record(done.recordId());
		// a record that left the queries meanwhile (revoked, repaired, expired) stays as it is
		if (record.state() == RecordState.ACTIVE) {
			records.delete(record.id(), "信息主体申请删除 / deleted on the subject's request", "centre");
		}
		requests.moved(done, OffsetDateTime.now(clock));
		String name = names.of(record);
		notices.toOrganisation(record.provider(), "RECORD_DELETED",
				"信息主体申请删除「" + name + "」（记录 " + record.id() + "），平台已删除，不再提供查询。");
		notices.toSubject(record.subject(), "DELETION_DONE",
				"平台已按您的申请删除「" + name + "」（申请 " + done.id() + "），该信息不再提供查询。");
		rights.decided("centre", "CENTER", "CENTER_ADMIN", record, "RECORD_DELETED", "R-27b deletion on request carried out");
	}
}
