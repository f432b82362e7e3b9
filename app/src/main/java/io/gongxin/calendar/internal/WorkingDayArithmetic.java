package io.gongxin.calendar.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.gongxin.calendar.UnknownCalendarYearException;
import io.gongxin.calendar.WorkingDays;

import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Counts working days (R-WD): Saturdays and Sundays are off unless listed as adjusted working days,
 * weekdays are on unless listed as holidays. The exceptions are read from the database and kept in
 * memory; they are re-read after a change here and at least once a minute, for changes made on
 * another node.
 */
@Component
class WorkingDayArithmetic implements WorkingDays {

	private static final Duration REFRESH = Duration.ofMinutes(1);

	/** Longer than any deadline the law sets; a guard against runaway loops, not a business rule. */
	static final int MAX_DAYS = 3660;

	private final HolidayYearsJdbc years;

	private final Clock clock;

	private volatile Snapshot snapshot;

	WorkingDayArithmetic(HolidayYearsJdbc years, Clock clock) {
		this.years = years;
		this.clock = clock;
	}

	private record Snapshot(Map<Integer, Map<LocalDate, Boolean>> exceptions, Instant readAt) {
	}

	@Override
	public LocalDate add(LocalDate from, int n) {
		if (n < 0 || n > MAX_DAYS) {
			throw new IllegalArgumentException("n must be between 0 and " + MAX_DAYS);
		}
		Map<Integer, Map<LocalDate, Boolean>> exceptions = exceptions();
		LocalDate day = from;
		known(exceptions, day);
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (isWorkingDay(exceptions, day)) {
				counted++;
			}
		}
		return day;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return isWorkingDay(exceptions(), day);
	}

	private static boolean isWorkingDay(Map<Integer, Map<LocalDate, Boolean>> exceptions, LocalDate day) {
		Boolean offDay = known(exceptions, day).get(day);
		if (offDay != null) {
			return !offDay;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static Map<LocalDate, Boolean> known(Map<Integer, Map<LocalDate, Boolean>> exceptions, LocalDate day) {
		Map<LocalDate, Boolean> year = exceptions.get(day.getYear());
		if (year == null) {
			throw new UnknownCalendarYearException(day.getYear());
		}
		return year;
	}

	private Map<Integer, Map<LocalDate, Boolean>> exceptions() {
		Snapshot current = snapshot;
		Instant now = clock.instant();
		if (current == null || current.readAt().plus(REFRESH).isBefore(now) || current.readAt().isAfter(now)) {
			current = new Snapshot(years.exceptionsByYear(), now);
			snapshot = current;
		}
		return current.exceptions();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(HolidayYearsJdbc.CalendarChanged changed) {
		snapshot = null;
	}
}
