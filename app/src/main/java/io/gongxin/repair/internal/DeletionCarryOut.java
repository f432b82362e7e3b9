package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;
import io.gongxin.repair.DeletionCarriedOut;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * R-27b: the centre carries out a deletion request whose day has come ({@link DueDeletions}): the record leaves every
 * query and {@link DeletionCarriedOut} is published (the provider and the subject are told by the notices listening
 * to it).
 */
@Component
class DeletionCarryOut {

	private final Records records;

	private final DeletionRequests requests;

	private final RightsRecords rights;

	private final RecordNames names;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeletionCarryOut(Records records, DeletionRequests requests, RightsRecords rights, RecordNames names,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.requests = requests;
		this.rights = rights;
		this.names = names;
		this.events = events;
		this.clock = clock;
	}

	/** Within the transaction that locked the request. */
	void carryOut(DeletionRequest request) {
		DeletionRequest done = request.carryOut();
		CreditRecord record = rights.record(done.recordId());
		// a record that left the queries meanwhile (revoked, repaired, expired) stays as it is
		if (record.state() == RecordState.ACTIVE) {
			records.delete(record.id(), "信息主体申请删除 / deleted on the subject's request", "centre");
		}
		requests.moved(done, OffsetDateTime.now(clock));
		events.publishEvent(new DeletionCarriedOut(done.id(), record.id(), record.subject(), record.provider(),
				names.of(record), clock.instant()));
		rights.decided("centre", "CENTER", "CENTER_ADMIN", record, "RECORD_DELETED", "R-27b deletion on request carried out");
	}
}
