package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.calendar.Deadline;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.repair.DeletionRequested;
import io.gongxin.repair.DeletionWithdrawn;

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

	private final Catalogs catalogs;

	private final DeletionDays days;

	private final DeletionRequests requests;

	private final ApplicationEventPublisher events;

	private final RecordNames names;

	private final Clock clock;

	Deletions(RightsRecords own, Catalogs catalogs, DeletionDays days, DeletionRequests requests, ApplicationEventPublisher events,
			RecordNames names, Clock clock) {
		this.own = own;
		this.catalogs = catalogs;
		this.days = days;
		this.requests = requests;
		this.events = events;
		this.names = names;
		this.clock = clock;
	}

	/** API.md {@code {"id","dueBy"}}, whether {@code dueBy} rests on a provisional calendar (R-WD), the status. */
	record Deletion(long id, LocalDate dueBy, boolean dueByProvisional, DeletionStatus status, LocalDate carryOutOn) {
	}

	/** What asking will do, shown before the person confirms. */
	record Preview(long recordId, String name, LocalDate dueBy, boolean dueByProvisional, LocalDate carryOutOn) {
	}

	Preview preview(Caller subject, long recordId) {
		CreditRecord record = deletable(subject, recordId);
		Deadline dueBy = days.dueBy(LocalDate.now(clock));
		return new Preview(recordId, names.of(record), dueBy.date(), dueBy.provisional(),
				days.carryOutOn(LocalDate.now(clock), dueBy.date()));
	}

	@Transactional
	Deletion request(Caller subject, long recordId) {
		CreditRecord record = deletable(subject, recordId);
		LocalDate today = LocalDate.now(clock);
		Deadline dueBy = days.dueBy(today);
		LocalDate carryOutOn = days.carryOutOn(today, dueBy.date());
		long id = requests.requested(record.subject(), record.id(), today, dueBy.date(), carryOutOn, subject.username());
		events.publishEvent(new DeletionRequested(id, record.id(), record.subject(), names.of(record), dueBy.date(),
				carryOutOn, clock.instant()));
		own.decided(subject, record, "DELETION_REQUESTED", "R-27b deletion requested");
		return new Deletion(id, dueBy.date(), dueBy.provisional(), DeletionStatus.PENDING, carryOutOn);
	}

	/** The demo city's request of an earlier day (PendingRights). */
	long enter(CreditRecord record, LocalDate requestedOn, String by) {
		LocalDate dueBy = days.dueBy(requestedOn).date();
		return requests.requested(record.subject(), record.id(), requestedOn, dueBy, days.carryOutOn(requestedOn, dueBy),
				by);
	}

	/** R-27b: withdrawn while pending, by the subject that asked; recorded, and refused once carried out. */
	@Transactional
	Deletion withdraw(Caller subject, long id) {
		DeletionRequest withdrawn = requests.lock(id).withdraw(subject.actingSubject());
		requests.moved(withdrawn, OffsetDateTime.now(clock));
		CreditRecord record = own.record(withdrawn.recordId());
		events.publishEvent(new DeletionWithdrawn(id, record.id(), record.subject(), names.of(record), clock.instant()));
		own.decided(subject, record, "DELETION_WITHDRAWN", "R-27b deletion request withdrawn");
		return new Deletion(id, withdrawn.dueBy(), false, withdrawn.status(), withdrawn.carryOutOn());
	}

	private CreditRecord deletable(Caller subject, long recordId) {
		CreditRecord record = own.own(subject, recordId);
		if (!catalogs.published().item(record.item()).map(i -> i.deletableOnRequest()).orElse(false)) {
			throw new DomainException(DomainException.Kind.INVALID, "NOT_DELETABLE", Map.of("item", record.item()));
		}
		if (requests.pending(record.subject(), recordId)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "DELETION_PENDING", Map.of("recordId", recordId),
					String.valueOf(recordId));
		}
		return record;
	}
}
