package io.gongxin.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.calendar.HolidayYear;

/** A holiday notice read (R-WD): the year when every row is right, else the problems. */
record CheckedNotice(HolidayYear year, List<NoticeProblem> problems) {

	public boolean valid() {
		return problems.isEmpty();
	}

	public List<PreviewDay> preview() {
		return year == null ? List.of() : year.days().stream()
			.map(d -> new PreviewDay(d.date(), d.date().getDayOfWeek(), d.offDay(), d.name()))
			.toList();
	}

	public long offDays() {
		return year == null ? 0 : year.days().stream().filter(HolidayYear.Day::offDay).count();
	}

	/** One day of the preview: the day, whether it is off (a holiday) or on (an adjusted working day), its name. */
	record PreviewDay(LocalDate date, DayOfWeek weekday, boolean offDay, String name) {
	}
}
