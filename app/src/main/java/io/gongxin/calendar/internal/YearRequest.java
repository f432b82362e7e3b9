package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.calendar.HolidayYear;
import io.gongxin.platform.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** A year's holiday notice as the centre administrator loads it over the API (R-WD). */
record YearRequest(Integer year, @Size(max = 200) String source, @Size(max = 400) List<@Valid DayRequest> days) {

	/** The notice as the year of the path, checked by {@link HolidayYear}: {@code INVALID_CALENDAR} when it is wrong. */
	HolidayYear toHolidayYear(int pathYear) {
		try {
			if (year != null && year != pathYear) {
				throw new IllegalArgumentException("year in the body differs from the path");
			}
			return new HolidayYear(pathYear, source, days == null ? null
					: days.stream().map(d -> new HolidayYear.Day(d.name(), d.date(), Boolean.TRUE.equals(d.isOffDay()))).toList());
		}
		catch (IllegalArgumentException ex) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_CALENDAR", ex.getMessage());
		}
	}

	record DayRequest(@Size(max = 100) String name, LocalDate date, Boolean isOffDay) {
	}
}
