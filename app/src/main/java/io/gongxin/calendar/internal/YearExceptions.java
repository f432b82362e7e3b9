package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.UnknownCalendarYearException;

/**
 * R-WD: the days of each year that break the week's rhythm, a day and whether it is off. A loaded year's come from
 * its notice; a year not loaded takes its holidays from {@link StatutoryHolidays} and is provisional (filled lazily,
 * at most one map per provisional year).
 *
 * @param loaded the loaded years' exceptions: a day and whether it is off
 */
record YearExceptions(Map<Integer, Map<LocalDate, Boolean>> loaded,
		Map<Integer, Map<LocalDate, Boolean>> provisional) {

	YearExceptions(Map<Integer, Map<LocalDate, Boolean>> loaded) {
		this(loaded, new ConcurrentHashMap<>());
	}

	/** The exceptions of these loaded years. */
	static YearExceptions of(Collection<HolidayYear> years) {
		Map<Integer, Map<LocalDate, Boolean>> loaded = new HashMap<>();
		years.forEach(year -> {
			Map<LocalDate, Boolean> days = new HashMap<>();
			year.days().forEach(day -> days.put(day.date(), day.offDay()));
			loaded.put(year.year(), days);
		});
		return new YearExceptions(loaded);
	}

	/** @throws UnknownCalendarYearException for a year not loaded outside the provisional range */
	Map<LocalDate, Boolean> of(int year) {
		Map<LocalDate, Boolean> known = loaded.get(year);
		if (known != null) {
			return known;
		}
		if (year < StatutoryHolidays.FIRST_PROVISIONAL_YEAR || year > StatutoryHolidays.LAST_PROVISIONAL_YEAR) {
			throw new UnknownCalendarYearException(year);
		}
		return provisional.computeIfAbsent(year, y -> {
			Map<LocalDate, Boolean> off = new HashMap<>();
			StatutoryHolidays.of(y).keySet().forEach(day -> off.put(day, true));
			return off;
		});
	}

	boolean isLoaded(int year) {
		return loaded.containsKey(year);
	}
}
