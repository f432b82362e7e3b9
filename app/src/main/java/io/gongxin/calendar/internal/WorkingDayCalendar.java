package io.gongxin.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.UnknownCalendarYearException;
import io.gongxin.calendar.WorkingDays;

/**
 * R-WD, the rule itself: Saturdays and Sundays are off unless listed as adjusted working days, weekdays are on unless
 * listed as holidays. The exceptions are those of the loaded years; a year not loaded takes its holidays from
 * {@link StatutoryHolidays} and is provisional (filled lazily, at most one map per provisional year). No database,
 * no clock: {@link WorkingDayArithmetic} keeps one of these per node.
 *
 * @param loaded the loaded years' exceptions: a day and whether it is off
 */
record WorkingDayCalendar(Map<Integer, Map<LocalDate, Boolean>> loaded,
		Map<Integer, Map<LocalDate, Boolean>> provisional) implements WorkingDays {

	WorkingDayCalendar(Map<Integer, Map<LocalDate, Boolean>> loaded) {
		this(loaded, new ConcurrentHashMap<>());
	}

	/** The calendar of these loaded years. */
	static WorkingDayCalendar of(Collection<HolidayYear> years) {
		Map<Integer, Map<LocalDate, Boolean>> loaded = new HashMap<>();
		years.forEach(year -> {
			Map<LocalDate, Boolean> days = new HashMap<>();
			year.days().forEach(day -> days.put(day.date(), day.offDay()));
			loaded.put(year.year(), days);
		});
		return new WorkingDayCalendar(loaded);
	}

	Map<LocalDate, Boolean> exceptions(int year) {
		Map<LocalDate, Boolean> known = loaded.get(year);
		if (known != null) {
			return known;
		}
		if (year < FIRST_PROVISIONAL_YEAR || year > LAST_PROVISIONAL_YEAR) {
			throw new UnknownCalendarYearException(year);
		}
		return provisional.computeIfAbsent(year, y -> {
			Map<LocalDate, Boolean> off = new HashMap<>();
			StatutoryHolidays.of(y).keySet().forEach(day -> off.put(day, true));
			return off;
		});
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		Boolean offDay = exceptions(day.getYear()).get(day);
		if (offDay != null) {
			return !offDay;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	@Override
	public boolean isProvisional(int year) {
		return !loaded.containsKey(year);
	}

	@Override
	public Deadline deadline(LocalDate from, int n) {
		if (n < 0 || n > WorkingDayArithmetic.MAX_DAYS) {
			throw new IllegalArgumentException("n must be between 0 and " + WorkingDayArithmetic.MAX_DAYS);
		}
		exceptions(from.getYear());
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
