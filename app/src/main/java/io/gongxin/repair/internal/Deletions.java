package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.catalog.Catalogs;
import io.gongxin.notice.Notices;
import io.gongxin.calendar.RightsDeadlines;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	private final Notices notices;

	private final RecordNames names;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int withdrawableDays;

	Deletions(RightsRecords own, Catalogs catalogs, WorkingDays workingDays, RightsDeadlines deadlines, Notices notices,
			RecordNames names, JdbcClient jdbc, Clock clock,
			@Value("${gongxin.rights.deletion-withdrawable-days:1}") int withdrawableDays) {
		this.own = own;
		this.catalogs = catalogs;
		this.workingDays = workingDays;
		this.deadlines = deadlines;
		this.notices = notices;
		this.names = names;
		this.jdbc = jdbc;
		this.clock = clock;
		this.withdrawableDays = withdrawableDays;
	}

	/** API.md {@code {"id","dueBy"}}, whether {@code dueBy} rests on a provisional calendar (R-WD), the status. */
	record Deletion(long id, LocalDate dueBy, boolean dueByProvisional, String status, LocalDate carryOutOn) {
	}

	/** What asking will do, shown before the person confirms. */
	record Preview(long recordId, String name, LocalDate dueBy, boolean dueByProvisional, LocalDate carryOutOn) {
	}

	Preview preview(Caller subject, long recordId) {
		CreditRecord record = deletable(subject, recordId);
		Deadline dueBy = dueBy(LocalDate.now(clock));
		return new Preview(recordId, names.of(record), dueBy.date(), dueBy.provisional(),
				carryOutOn(LocalDate.now(clock), dueBy.date()));
	}

	@Transactional
	Deletion request(Caller subject, long recordId) {
		CreditRecord record = deletable(subject, recordId);
		LocalDate today = LocalDate.now(clock);
		Deadline dueBy = dueBy(today);
		LocalDate carryOutOn = carryOutOn(today, dueBy.date());
		long id = insert(record, today, dueBy.date(), carryOutOn, subject.username());
		notices.toSubject(record.subject(), "DELETION_REQUESTED", "您申请删除「" + names.of(record) + "」，已受理（申请 " + id
				+ "）。平台将于 " + dueBy.date() + " 前删除；" + carryOutOn + " 删除前您可以撤回申请。");
		own.decided(subject, record, "DELETION_REQUESTED", "R-27b deletion requested");
		return new Deletion(id, dueBy.date(), dueBy.provisional(), "PENDING", carryOutOn);
	}

	/** The demo city's request of an earlier day (PendingRights). */
	long enter(CreditRecord record, LocalDate requestedOn, String by) {
		LocalDate dueBy = dueBy(requestedOn).date();
		return insert(record, requestedOn, dueBy, carryOutOn(requestedOn, dueBy), by);
	}

	/** One stored request, as a withdrawal or the carrying out reads it. */
	record Stored(long id, long subjectKey, long recordId, String status, LocalDate dueBy, LocalDate carryOutOn) {
	}

	/** R-27b: withdrawn while pending, by the subject that asked; recorded, and refused once carried out. */
	@Transactional
	Deletion withdraw(Caller subject, long id) {
		Stored request = jdbc.sql("""
				select id, subject_key, record_id, status, due_by, carry_out_on from deletion_requests
				 where id = ? for update""")
			.param(id)
			.query(Stored.class)
			.optional()
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_DELETION_REQUEST", Map.of("id", id),
					String.valueOf(id)));
		if (subject.actingSubject().filter(s -> s.value() == request.subjectKey()).isEmpty()) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_OWN_REQUEST", Map.of("id", id), String.valueOf(id));
		}
		if (!"PENDING".equals(request.status())) {
			throw new DomainException(DomainException.Kind.CONFLICT, "NOT_PENDING", Map.of("id", id, "status", request.status()),
					String.valueOf(id));
		}
		jdbc.sql("update deletion_requests set status = 'WITHDRAWN', withdrawn_at = ? where id = ?")
			.params(OffsetDateTime.now(clock), id)
			.update();
		CreditRecord record = own.record(request.recordId());
		notices.toSubject(record.subject(), "DELETION_WITHDRAWN",
				"您已撤回删除「" + names.of(record) + "」的申请（申请 " + id + "），该信息继续保留。");
		own.decided(subject, record, "DELETION_WITHDRAWN", "R-27b deletion request withdrawn");
		return new Deletion(id, request.dueBy(), false, "WITHDRAWN", request.carryOutOn());
	}

	private CreditRecord deletable(Caller subject, long recordId) {
		CreditRecord record = own.own(subject, recordId);
		if (!catalogs.published().item(record.item()).map(i -> i.deletableOnRequest()).orElse(false)) {
			throw new DomainException(DomainException.Kind.INVALID, "NOT_DELETABLE", Map.of("item", record.item()));
		}
		boolean pending = jdbc
			.sql("select exists (select 1 from deletion_requests where subject_key = ? and record_id = ? and status = 'PENDING')")
			.params(record.subject().value(), recordId)
			.query(Boolean.class)
			.single();
		if (pending) {
			throw new DomainException(DomainException.Kind.CONFLICT, "DELETION_PENDING", Map.of("recordId", recordId),
					String.valueOf(recordId));
		}
		return record;
	}

	private long insert(CreditRecord record, LocalDate requestedOn, LocalDate dueBy, LocalDate carryOutOn, String by) {
		return jdbc.sql("""
				insert into deletion_requests (subject_key, record_id, requested_on, due_by, carry_out_on, status, created_by)
				values (?, ?, ?, ?, ?, 'PENDING', ?) returning id""")
			.params(record.subject().value(), record.id(), requestedOn, dueBy, carryOutOn, by)
			.query(Long.class)
			.single();
	}

	private Deadline dueBy(LocalDate requestedOn) {
		return workingDays.deadline(requestedOn, deadlines.deletionDays());
	}

	/** The day the centre carries the request out: the withdrawable working days after it, never after its due date. */
	LocalDate carryOutOn(LocalDate requestedOn, LocalDate dueBy) {
		LocalDate day = workingDays.add(requestedOn, Math.max(0, withdrawableDays));
		return day.isAfter(dueBy) ? dueBy : day;
	}
}
