package io.gongxin.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.WorkingDays;

/**
 * R-WD, the rule itself: Saturdays and Sundays are off unless listed as adjusted working days, weekdays are on unless
 * listed as holidays. The exceptions are those of the loaded years; a year not loaded is provisional
 * ({@link YearExceptions}). No database, no clock: {@link WorkingDayArithmetic} keeps one of these per node, and a
 * new one whenever a year is loaded. As nothing in it changes, it remembers the deadlines it counted (up to
 * {@value #REMEMBERED}): a batch asks the same few hundred decision dates' deadlines for every row.
 *
 * @param counted the deadlines counted so far, by start and working days
 */
record WorkingDayCalendar(YearExceptions exceptions, Map<Counted, Deadline> counted) implements WorkingDays {

	/** How many deadlines one calendar remembers; beyond them it counts each time. */
	static final int REMEMBERED = 8192;

	/** A deadline asked: from this day, so many working days. */
	record Counted(LocalDate from, int n) {
	}

	WorkingDayCalendar(YearExceptions exceptions) {
		this(exceptions, new ConcurrentHashMap<>());
	}

	/** The calendar of these loaded years' exceptions: a day and whether it is off. */
	WorkingDayCalendar(Map<Integer, Map<LocalDate, Boolean>> loaded) {
		this(new YearExceptions(loaded));
	}

	/** The calendar of these loaded years. */
	static WorkingDayCalendar of(Collection<HolidayYear> years) {
		return new WorkingDayCalendar(YearExceptions.of(years));
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		Boolean offDay = exceptions.of(day.getYear()).get(day);
		if (offDay != null) {
			return !offDay;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	@Override
	public boolean isProvisional(int year) {
		return !exceptions.isLoaded(year);
	}

	@Override
	public Deadline deadline(LocalDate from, int n) {
		if (n < 0 || n > WorkingDayArithmetic.MAX_DAYS) {
			throw new IllegalArgumentException("n must be between 0 and " + WorkingDayArithmetic.MAX_DAYS);
		}
		Counted asked = new Counted(from, n);
		Deadline known = counted.get(asked);
		if (known != null) {
			return known;
		}
		Deadline deadline = count(from, n);
		if (counted.size() < REMEMBERED) {
			counted.put(asked, deadline);
		}
		return deadline;
	}

	/** @throws io.gongxin.calendar.UnknownCalendarYearException for a year outside the provisional range (not remembered) */
	private Deadline count(LocalDate from, int n) {
		exceptions.of(from.getYear());
		LocalDate day = from;
		boolean provisional = false;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			provisional |= isProvisional(day.getYear());
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return new Deadline(day, provisional);
	}
}
