package io.gongxin.calendar;

import java.time.LocalDate;

/**
 * A day counted in working days, and whether the count crossed a year whose holiday notice is not loaded yet
 * (R-WD): such a deadline is provisional, shown as such, and recomputed when the notice is loaded.
 */
public record Deadline(LocalDate date, boolean provisional) {

	public Deadline {
		if (date == null) {
			throw new IllegalArgumentException("date is required");
		}
	}
}
