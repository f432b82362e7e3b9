package io.gongxin.calendar;

import java.util.List;

/** The holiday years the platform knows, and how the centre adds a later one. */
public interface HolidayCalendar {

	/** Stores the year, replacing what was known of it; {@code by} names who loaded it. */
	void load(HolidayYear year, String by);

	/** Stores the year unless it is already known (used at start-up for the shipped files). */
	boolean loadIfAbsent(HolidayYear year, String by);

	List<KnownYear> years();

	java.util.Optional<HolidayYear> year(int year);

	/** A year with data, who loaded it and when. */
	record KnownYear(int year, String source, java.time.OffsetDateTime loadedAt, String loadedBy, int days) {
	}
}
