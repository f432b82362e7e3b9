package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.RightsDeadlines;
import io.gongxin.calendar.WorkingDays;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** R-29, R-WD: an objection's deadlines, counted in working days from today by the deployment's settings. */
@Component
@EnableConfigurationProperties(RightsDeadlines.class)
class ObjectionCalendar {

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	private final Clock clock;

	ObjectionCalendar(WorkingDays workingDays, RightsDeadlines deadlines, Clock clock) {
		this.workingDays = workingDays;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** R-29a: the centre compares, and forwards, by this day. */
	Deadline compareBy() {
		return workingDays.deadline(today(), deadlines.compareDays());
	}

	/** R-29a: the centre corrects its own error by this day. */
	LocalDate correctBy() {
		return workingDays.add(today(), deadlines.correctDays());
	}

	/** R-29b: the provider answers a forwarded objection by this day. */
	Deadline verifyBy() {
		return workingDays.deadline(today(), deadlines.verifyDays());
	}
}
