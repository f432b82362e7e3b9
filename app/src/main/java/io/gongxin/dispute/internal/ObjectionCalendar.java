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

	/** R-WD: a deadline on a year whose notice is not loaded says so; it is recomputed when the notice is loaded. */
	static String provisional(Deadline deadline) {
		return deadline.provisional() ? "（暂定，当年放假安排公布后重新计算）" : "";
	}

	/** R-29a, R-29b, R-WD: the step now due and its working days left on the (perhaps provisional) calendar. */
	ObjectionCase.Due due(Objection objection, ObjectionsJdbc.Review review) {
		LocalDate today = today();
		return switch (objection.status()) {
			case RECEIVED -> new ObjectionCase.Due("COMPARE", objection.compareBy(),
					workingDays.left(today, objection.compareBy()),
					workingDays.restsOnProvisional(objection.receivedOn(), objection.compareBy()));
			case FORWARDED -> new ObjectionCase.Due("VERIFY", objection.verifyBy(),
					workingDays.left(today, objection.verifyBy()),
					workingDays.restsOnProvisional(objection.forwardedOn(), objection.verifyBy()));
			case DISAGREED -> review == null ? new ObjectionCase.Due("REVIEW", null, 0, false) : null;
			default -> null;
		};
	}

}
