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
}
