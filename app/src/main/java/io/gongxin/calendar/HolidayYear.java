package io.gongxin.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One year's holiday notice, in the shape of {@code shared/data/holidays-*.json}: only the exceptions
 * (holidays on weekdays, adjusted working days at weekends) are listed. Every day falls in the year, once, with a
 * name; an adjusted working day (调休上班) falls on a Saturday or Sunday (R-WD).
 */
public record HolidayYear(int year, String source, List<Day> days) {

	/** One exception: {@code offDay} is true for a holiday, false for an adjusted working day. */
	public record Day(String name, LocalDate date, boolean offDay) {
	}

	public HolidayYear {
		if (year < 1949 || year > 2200) {
			throw new IllegalArgumentException("year out of range");
		}
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("source is required");
		}
		days = List.copyOf(days == null ? List.of() : days);
		Set<LocalDate> seen = new HashSet<>();
		for (Day day : days) {
			if (day.date() == null || day.date().getYear() != year) {
				throw new IllegalArgumentException("every day must fall in " + year);
			}
			if (day.name() == null || day.name().isBlank()) {
				throw new IllegalArgumentException("every day needs a name");
			}
			if (!day.offDay() && day.date().getDayOfWeek().getValue() < 6) {
				throw new IllegalArgumentException("an adjusted working day must be a Saturday or Sunday: " + day.date());
			}
			if (!seen.add(day.date())) {
				throw new IllegalArgumentException("day listed twice: " + day.date());
			}
		}
	}
}
