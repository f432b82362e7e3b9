package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.account.Caller;
import io.gongxin.calendar.Deadline;
import io.gongxin.record.CreditRecord;

import org.springframework.stereotype.Component;

/** R-27b: what asking to delete a record will do, and the record's name, shown before anything is sent. */
@Component
class DeletionPreviews {

	private final DeletableRecords deletable;

	private final DeletionDays days;

	private final RecordNames names;

	private final Clock clock;

	DeletionPreviews(DeletableRecords deletable, DeletionDays days, RecordNames names, Clock clock) {
		this.deletable = deletable;
		this.days = days;
		this.names = names;
		this.clock = clock;
	}

	DeletionPreview preview(Caller subject, long recordId) {
		CreditRecord record = deletable.of(subject, recordId);
		Deadline dueBy = days.dueBy(LocalDate.now(clock));
		return new DeletionPreview(recordId, names.of(record), dueBy.date(), dueBy.provisional(),
				days.carryOutOn(LocalDate.now(clock), dueBy.date()));
	}
}
