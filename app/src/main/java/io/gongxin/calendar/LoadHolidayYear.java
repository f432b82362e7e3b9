package io.gongxin.calendar;

/** How the centre adds a holiday year, or corrects one ({@link CalendarYearChanged} follows). */
public interface LoadHolidayYear {

	/** Stores the year, replacing what was known of it; {@code by} names who loaded it. */
	void load(HolidayYear year, String by);

	/** Stores the year unless it is already known (used at start-up for the shipped files). */
	boolean loadIfAbsent(HolidayYear year, String by);
}
