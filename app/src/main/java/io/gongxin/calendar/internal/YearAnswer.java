package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.gongxin.calendar.HolidayYear;

/** A year's holiday notice as loaded: its source and every holiday and adjusted working day. */
record YearAnswer(int year, String source, List<DayAnswer> days) {

	static YearAnswer of(HolidayYear year) {
		return new YearAnswer(year.year(), year.source(),
				year.days().stream().map(d -> new DayAnswer(d.name(), d.date(), d.offDay())).toList());
	}

	/** A holiday ({@code isOffDay} true) or an adjusted working day (false). */
	record DayAnswer(String name, LocalDate date, @JsonProperty("isOffDay") boolean isOffDay) {
	}
}
