package io.gongxin.calendar;

/**
 * A module that stores deadlines counted in working days (R-WD): it counts again, from their stored start days, the
 * open ones whose count runs into a year. Called in the transaction that loads the year's notice (through
 * {@link CalendarYearChanged}) and, now and then, by the calendar's catch-up on any node, for a deadline stored from a
 * calendar a node had not refreshed yet. Counting again must be idempotent.
 */
public interface CountedDeadlines {

	void recount(int year);
}
