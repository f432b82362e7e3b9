package io.gongxin.calendar;

import java.time.LocalDate;

/** Working-day arithmetic under the State Council's holiday notices (R-WD). */
public interface WorkingDays {

	/**
	 * The {@code n}-th working day after {@code from} (deadlines count from the day after receipt);
	 * {@code from} itself for {@code n == 0}.
	 * @throws UnknownCalendarYearException when a year on the way has no holiday data
	 */
	LocalDate add(LocalDate from, int n);

	/** @throws UnknownCalendarYearException when the day's year has no holiday data */
	boolean isWorkingDay(LocalDate day);

	/**
	 * The working days from {@code today} to {@code deadline} (the deadline counted, today not); once the
	 * deadline has passed, minus the calendar days since, so an overdue item reads as negative.
	 */
	default long left(LocalDate today, LocalDate deadline) {
		if (!today.isBefore(deadline)) {
			return -java.time.temporal.ChronoUnit.DAYS.between(deadline, today);
		}
		long days = 0;
		for (LocalDate day = today.plusDays(1); !day.isAfter(deadline); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				days++;
			}
		}
		return days;
	}
}
