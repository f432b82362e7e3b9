package io.gongxin.catalog;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** What a record must be to count: its items, severities, a field holding a text, its age. */
public sealed interface RecordFilter extends MeasureCondition permits DishonestRecord, AnyRecord, Represents {

	List<Severity> severities();

	/** The field to look in, with {@link #contains()}; null for none. */
	String field();

	String contains();

	/** How recent the record must be, as an ISO-8601 period ({@code P3Y}); null for any age. */
	String within();

	default Optional<Period> withinPeriod() {
		return period(within());
	}

	/** A period the condition names; empty for none. Validation has refused one that does not parse. */
	static Optional<Period> period(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Period.parse(text));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException("unvalidated period in a measure condition: " + text, ex);
		}
	}
}
