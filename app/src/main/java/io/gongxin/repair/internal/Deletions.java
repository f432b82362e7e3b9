package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.account.Caller;
import io.gongxin.calendar.Deadline;
import io.gongxin.record.CreditRecord;
import io.gongxin.repair.DeletionRequested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletion on request (R-27b): the request waits, withdrawable by the subject, until the centre carries it out on
 * its carry-out day (by default the first working day after the request, never after the due date); then the record
 * leaves every query, the provider and the subject are told, and a withdrawal is refused.
 */
@Component
class Deletions {

	private final RightsRecords own;

	private final DeletableRecords deletable;

	private final DeletionDays days;

	private final RequestedDeletions requests;

	private final ApplicationEventPublisher events;

	private final RecordNames names;

	private final Clock clock;

	Deletions(RightsRecords own, DeletableRecords deletable, DeletionDays days, RequestedDeletions requests,
			ApplicationEventPublisher events, RecordNames names, Clock clock) {
		this.own = own;
		this.deletable = deletable;
		this.days = days;
		this.requests = requests;
		this.events = events;
		this.names = names;
		this.clock = clock;
	}

	@Transactional
	Deletion request(Caller subject, long recordId) {
		CreditRecord record = deletable.of(subject, recordId);
		LocalDate today = LocalDate.now(clock);
		Deadline dueBy = days.dueBy(today);
		LocalDate carryOutOn = days.carryOutOn(today, dueBy.date());
		long id = requests.requested(record.subject(), record.id(), today, dueBy.date(), carryOutOn, subject.username());
		events.publishEvent(new DeletionRequested(id, record.id(), record.subject(), names.of(record), dueBy.date(),
				carryOutOn, clock.instant()));
		own.decided(subject, record, "DELETION_REQUESTED", "R-27b deletion requested");
		return new Deletion(id, dueBy.date(), dueBy.provisional(), DeletionStatus.PENDING, carryOutOn);
	}
}
