package io.gongxin.repair.internal;

import java.time.LocalDate;

import io.gongxin.calendar.CalendarYearChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R-WD, R-27b: when a year's holiday notice is loaded, the due dates of deletion requests counted into that year
 * are counted again from the day of the request, in the transaction that loads the year. (Repair deadlines are
 * not stored: they are counted afresh whenever shown.)
 */
@Component
class DeletionDeadlinesRecount implements io.gongxin.calendar.CountedDeadlines {

	private final JdbcClient jdbc;

	private final DeletionDays days;

	DeletionDeadlinesRecount(JdbcClient jdbc, DeletionDays days) {
		this.jdbc = jdbc;
		this.days = days;
	}

	record Request(long id, LocalDate requestedOn) {
	}

	@EventListener
	void on(CalendarYearChanged loaded) {
		recount(loaded.year());
	}

	@Override
	public void recount(int year) {
		jdbc.sql("""
				select id, requested_on from deletion_requests where requested_on <= ? and due_by >= ?
				 order by id for update""")
			.params(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1))
			.query(Request.class)
			.list()
			.forEach(request -> {
				LocalDate dueBy = days.dueBy(request.requestedOn()).date();
				// a pending request's carry-out day moves with its due date; a carried-out one keeps its history
				jdbc.sql("""
						update deletion_requests set due_by = ?,
						       carry_out_on = case when status = 'PENDING' then ? else carry_out_on end where id = ?""")
					.params(dueBy, days.carryOutOn(request.requestedOn(), dueBy), request.id())
					.update();
			});
	}
}
