package io.gongxin.repair.internal;

import java.time.LocalDate;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.RightsDeadlines;
import io.gongxin.calendar.WorkingDays;

import org.springframework.stereotype.Component;

/**
 * R-RP, R-WD: by when the provider decides a repair application (the repair working days after it, provisional when
 * they rest on a calendar not yet loaded), and the working days left to that day.
 */
@Component
class RepairDays {

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	RepairDays(WorkingDays workingDays, RightsDeadlines deadlines) {
		this.workingDays = workingDays;
		this.deadlines = deadlines;
	}

	Deadline decideBy(LocalDate appliedOn) {
		return workingDays.deadline(appliedOn, deadlines.repairDays());
	}

	/** Negative once the day has passed (the calendar days since). */
	long left(LocalDate today, LocalDate decideBy) {
		return workingDays.left(today, decideBy);
	}
}
