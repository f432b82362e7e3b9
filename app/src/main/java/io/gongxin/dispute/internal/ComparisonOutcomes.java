package io.gongxin.dispute.internal;

import io.gongxin.account.Caller;
import io.gongxin.calendar.Deadline;
import io.gongxin.dispute.ObjectionStep;

import org.springframework.stereotype.Component;

/**
 * The two outcomes of the centre's comparison, each stored, logged and published: corrected by the centre (R-29a),
 * or forwarded to the provider, which answers by its deadline counted from today (R-29b).
 */
@Component
class ComparisonOutcomes {

	private final ObjectionDecisions decisions;

	private final ObjectionCalendar calendar;

	ComparisonOutcomes(ObjectionDecisions decisions, ObjectionCalendar calendar) {
		this.decisions = decisions;
		this.calendar = calendar;
	}

	/** R-29a: the record (or the missing one) differed from the provider's data; the centre corrected it. */
	Objection corrected(Caller centre, Objection objection, String why) {
		Objection next = objection.correctedByCentre(why);
		decisions.step(next, "CORRECTED", next.outcome(), centre);
		decisions.logged(centre, next, "OBJECTION_" + next.status().name(), next.outcome());
		return decisions.saved(next, ObjectionStep.named("CORRECTED"));
	}

	/** R-29b: it matches the provider's data; the provider checks it by its deadline. */
	Objection forwarded(Caller centre, Objection objection, String why) {
		Deadline verifyBy = calendar.verifyBy();
		Objection next = objection.forwardToProvider(calendar.today(), verifyBy.date());
		decisions.logged(centre, next, "OBJECTION_" + next.status().name(), why);
		return decisions.saved(next, ObjectionStep.named("FORWARDED").due(next.verifyBy(), verifyBy.provisional()));
	}
}
