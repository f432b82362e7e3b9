package io.gongxin.calendar;

import java.time.LocalDate;

/**
 * Working-day arithmetic under the State Council's holiday notices (R-WD). A year whose notice is not loaded
 * is counted on a provisional calendar (weekends and the statutory holidays of 《全国年节及纪念日放假办法》), so a
 * deadline can always be given; the answer then says it is provisional.
 */
public interface WorkingDays {

	/**
	 * The {@code n}-th working day after {@code from} (deadlines count from the day after receipt);
	 * {@code from} itself for {@code n == 0}. Provisional when a day counted lies in a year without a loaded notice.
	 * @throws UnknownCalendarYearException for a year with no notice outside the provisional range
	 */
	Deadline deadline(LocalDate from, int n);

	/** The date of {@link #deadline}, for callers that do not show it (and so need not mark it provisional). */
	default LocalDate add(LocalDate from, int n) {
		return deadline(from, n).date();
	}

	/** @throws UnknownCalendarYearException for a year with no notice outside the provisional range */
	boolean isWorkingDay(LocalDate day);

	/** True when the year's notice is not loaded and its working days are provisional. */
	boolean isProvisional(int year);

	/** True when a deadline counted from {@code from} to {@code deadline} rests on provisional days. */
	default boolean restsOnProvisional(LocalDate from, LocalDate deadline) {
		for (int year = from.plusDays(1).getYear(); year <= deadline.getYear(); year++) {
			if (isProvisional(year)) {
				return true;
			}
		}
		return false;
	}

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
