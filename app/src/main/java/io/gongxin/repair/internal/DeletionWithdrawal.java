package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.gongxin.account.Caller;
import io.gongxin.record.CreditRecord;
import io.gongxin.repair.DeletionWithdrawn;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** R-27b: a deletion request withdrawn while pending, by the subject that asked; recorded, refused once carried out. */
@Component
class DeletionWithdrawal {

	private final DeletionRequests requests;

	private final RightsRecords own;

	private final ApplicationEventPublisher events;

	private final RecordNames names;

	private final Clock clock;

	DeletionWithdrawal(DeletionRequests requests, RightsRecords own, ApplicationEventPublisher events, RecordNames names,
			Clock clock) {
		this.requests = requests;
		this.own = own;
		this.events = events;
		this.names = names;
		this.clock = clock;
	}

	@Transactional
	Deletion withdraw(Caller subject, long id) {
		DeletionRequest withdrawn = requests.lock(id).withdraw(subject.actingSubject());
		requests.moved(withdrawn, OffsetDateTime.now(clock));
		CreditRecord record = own.record(withdrawn.recordId());
		events.publishEvent(new DeletionWithdrawn(id, record.id(), record.subject(), names.of(record), clock.instant()));
		own.decided(subject, record, "DELETION_WITHDRAWN", "R-27b deletion request withdrawn");
		return new Deletion(id, withdrawn.dueBy(), false, withdrawn.status(), withdrawn.carryOutOn());
	}
}
