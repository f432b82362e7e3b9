package io.gongxin.catalog;

import java.time.LocalDate;
import java.time.Period;

/**
 * An item collectable only once a period has passed since a date in the record (R-13: utility arrears still
 * unpaid 6 months after the reminder): catalog data, so a later rule changes the data, not the code.
 *
 * @param field the date field the wait counts from ({@code remindedOn})
 * @param period how long after it the record may be collected (ISO-8601, {@code P6M})
 */
public record CollectableAfter(String field, String period) {

	/** The first day a record whose date is {@code from} may be collected: the day after the period ends. */
	public LocalDate firstDay(LocalDate from) {
		return from.plus(Period.parse(period)).plusDays(1);
	}
}
