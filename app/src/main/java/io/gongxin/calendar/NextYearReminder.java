package io.gongxin.calendar;

import java.util.OptionalInt;

/**
 * R-WD: from 1 November (in the platform's zone) the centre is reminded to load next year's holiday notice while
 * that year is still counted on the provisional calendar.
 */
public interface NextYearReminder {

	/** The year whose notice should be loaded now, or empty when nothing is due. */
	OptionalInt yearToLoad();
}
