package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.calendar.WorkingDays;

import org.springframework.stereotype.Component;

/** The step of an objection now due, as its parties follow it; its deadlines are {@link ObjectionCalendar}'s. */
@Component
class ObjectionDue {

	private final WorkingDays workingDays;

	private final Clock clock;

	ObjectionDue(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** R-29a, R-29b, R-WD: the step now due and its working days left on the (perhaps provisional) calendar. */
	ObjectionCase.Due of(Objection objection, ObjectionReview review) {
		LocalDate today = LocalDate.now(clock);
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
