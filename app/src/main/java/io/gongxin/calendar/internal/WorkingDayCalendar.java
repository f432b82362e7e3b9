package io.gongxin.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.WorkingDays;

/**
 * R-WD, the rule itself: Saturdays and Sundays are off unless listed as adjusted working days, weekdays are on unless
 * listed as holidays. The exceptions are those of the loaded years; a year not loaded is provisional
 * ({@link YearExceptions}). No database, no clock: {@link WorkingDayArithmetic} keeps one of these per node.
 */
record WorkingDayCalendar(YearExceptions exceptions) implements WorkingDays {

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
