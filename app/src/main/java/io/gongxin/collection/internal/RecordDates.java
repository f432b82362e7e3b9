package io.gongxin.collection.internal;

import java.time.LocalDate;
import java.util.Optional;

import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordCheck.Context;

/**
 * A submitted record's dates: when the act occurred (required) and ended (if it has), each a date of
 * {@link SubmittedDates} not after today nor before 1900, and the end not before the start.
 */
record RecordDates(LocalDate occurredOn, LocalDate endedOn) {

	/** The dates, each null when missing or wrong (with the errors added). */
	static RecordDates of(RawRecord raw, Context context, RecordErrors errors) {
		LocalDate occurredOn = date(raw.occurredOn(), "occurredOn", true, context, errors);
		LocalDate endedOn = date(raw.endedOn(), "endedOn", false, context, errors);
		if (occurredOn != null && endedOn != null && endedOn.isBefore(occurredOn)) {
			errors.add("endedOn", "ENDED_BEFORE_OCCURRED");
		}
		return new RecordDates(occurredOn, endedOn);
	}

	private static LocalDate date(Object value, String field, boolean required, Context context, RecordErrors errors) {
		if (FieldValues.isBlank(value)) {
			if (required) {
				errors.add(field, "REQUIRED");
			}
			return null;
		}
		Optional<LocalDate> date = SubmittedDates.parse(value);
		if (date.isEmpty()) {
			errors.add(field, "INVALID_DATE");
			return null;
		}
		if (date.get().isAfter(context.today()) || date.get().getYear() < 1900) {
			errors.add(field, "DATE_OUT_OF_RANGE");
			return null;
		}
		return date.get();
	}
}
