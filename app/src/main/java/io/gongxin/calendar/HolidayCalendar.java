package io.gongxin.calendar;

import java.util.List;

/** The holiday years the platform knows ({@link LoadHolidayYear} adds a later one). */
public interface HolidayCalendar {

	List<KnownYear> years();

	java.util.Optional<HolidayYear> year(int year);

	/** A year with data, who loaded it and when. */
	record KnownYear(int year, String source, java.time.OffsetDateTime loadedAt, String loadedBy, int days) {
	}
}
