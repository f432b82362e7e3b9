package io.gongxin.repair.internal;

import java.time.LocalDate;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.calendar.RightsDeadlines;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * R-27b, R-WD: when a deletion request is due (the deletion working days after it) and when the centre carries it
 * out (the withdrawable working days after it, never after its due date).
 */
@Component
class DeletionDays {

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	private final int withdrawableDays;

	DeletionDays(WorkingDays workingDays, RightsDeadlines deadlines,
			@Value("${gongxin.rights.deletion-withdrawable-days:1}") int withdrawableDays) {
		this.workingDays = workingDays;
		this.deadlines = deadlines;
		this.withdrawableDays = withdrawableDays;
	}

	/** The due date of a request made that day, provisional when it rests on a calendar not yet loaded. */
	Deadline dueBy(LocalDate requestedOn) {
		return workingDays.deadline(requestedOn, deadlines.deletionDays());
	}

	/** The day the centre carries the request out: the withdrawable working days after it, never after its due date. */
	LocalDate carryOutOn(LocalDate requestedOn, LocalDate dueBy) {
		LocalDate day = workingDays.add(requestedOn, Math.max(0, withdrawableDays));
		return day.isAfter(dueBy) ? dueBy : day;
	}
}
