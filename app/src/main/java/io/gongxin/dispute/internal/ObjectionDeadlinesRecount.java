package io.gongxin.dispute.internal;

import java.time.LocalDate;

import io.gongxin.calendar.CalendarYearChanged;
import io.gongxin.calendar.RightsDeadlines;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.dispute.ObjectionStep;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R-WD: when the centre loads (or corrects) a year's holiday notice, the deadlines of open objections whose
 * count ran into that year are counted again from their stored start days, in the transaction that loads the
 * year, so every node sees them change together. Deadlines first counted on the provisional calendar thereby
 * come to rest on the notice and stop being provisional.
 */
@Component
class ObjectionDeadlinesRecount implements io.gongxin.calendar.CountedDeadlines {

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	private final ObjectionDecisions decisions;

	ObjectionDeadlinesRecount(JdbcClient jdbc, WorkingDays workingDays, RightsDeadlines deadlines,
			ObjectionDecisions decisions) {
		this.decisions = decisions;
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.deadlines = deadlines;
	}

	record Open(long id, LocalDate receivedOn, LocalDate forwardedOn) {
	}

	@EventListener
	void on(CalendarYearChanged loaded) {
		recount(loaded.year());
	}

	@Override
	public void recount(int year) {
		jdbc.sql("""
				select id, received_on, forwarded_on from objections
				 where status in ('RECEIVED', 'FORWARDED') and received_on <= ?
				   and greatest(compare_by, correct_by, coalesce(verify_by, compare_by)) >= ?
				 order by id for update""")
			.params(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1))
			.query(Open.class)
			.list()
			.forEach(this::recountOne);
	}

	private void recountOne(Open objection) {
		jdbc.sql("update objections set compare_by = ?, correct_by = ?, verify_by = ? where id = ?")
			.params(workingDays.add(objection.receivedOn(), deadlines.compareDays()),
					workingDays.add(objection.receivedOn(), deadlines.correctDays()),
					objection.forwardedOn() == null ? null : workingDays.add(objection.forwardedOn(), deadlines.verifyDays()),
					objection.id())
			.update();
		// the new deadlines are published like a step, so the statistics count against them
		decisions.stepped(objection.id(), ObjectionStep.named("RECOUNTED"));
	}
}
