package io.gongxin.dispute.internal;

import io.gongxin.calendar.CalendarYearChanged;
import io.gongxin.calendar.RightsDeadlines;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.dispute.ObjectionStep;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R-WD: when the centre loads (or corrects) a year's holiday notice, the deadlines of open objections whose
 * count ran into that year are counted again from their stored start days, in the transaction that loads the
 * year, so every node sees them change together. Deadlines first counted on the provisional calendar thereby
 * come to rest on the notice and stop being provisional.
 */
@Component
class ObjectionDeadlinesRecount implements io.gongxin.calendar.CountedDeadlines {

	private final ObjectionDeadlinesJdbc objections;

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	private final ObjectionDecisions decisions;

	ObjectionDeadlinesRecount(ObjectionDeadlinesJdbc objections, WorkingDays workingDays, RightsDeadlines deadlines,
			ObjectionDecisions decisions) {
		this.decisions = decisions;
		this.objections = objections;
		this.workingDays = workingDays;
		this.deadlines = deadlines;
	}

	@EventListener
	void on(CalendarYearChanged loaded) {
		recount(loaded.year());
	}

	@Override
	public void recount(int year) {
		objections.countedInto(year).forEach(this::recountOne);
	}

	private void recountOne(DeadlineStarts objection) {
		objections.redate(objection.id(), workingDays.add(objection.receivedOn(), deadlines.compareDays()),
				workingDays.add(objection.receivedOn(), deadlines.correctDays()),
				objection.forwardedOn() == null ? null : workingDays.add(objection.forwardedOn(), deadlines.verifyDays()));
		// the new deadlines are published like a step, so the statistics count against them
		decisions.stepped(objection.id(), ObjectionStep.named("RECOUNTED"));
	}
}
