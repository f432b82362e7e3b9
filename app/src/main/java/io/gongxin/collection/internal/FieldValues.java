package io.gongxin.collection.internal;

import io.gongxin.catalog.CatalogField;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.InvalidIdentifierException;
import io.gongxin.subject.SubjectIdentifier;

/**
 * Turns a submitted value into the catalog field's type, or says why it cannot. Dates are read by
 * {@link SubmittedDates} and stored as ISO dates; numbers by {@link SubmittedNumbers}.
 */
final class FieldValues {

	static final int MAX_STRING = 500;

	static final int MAX_TEXT = 10_000;

	private FieldValues() {
	}

	static boolean isBlank(Object value) {
		return value == null || (value instanceof String s && s.isBlank());
	}

	static ConvertedValue convert(CatalogField field, Object value, Identifiers identifiers) {
		if (value instanceof java.util.Map || value instanceof java.util.Collection) {
			return ConvertedValue.wrong("INVALID_VALUE");
		}
		String text = String.valueOf(value).strip();
		return switch (field.type()) {
			case STRING -> text.length() > MAX_STRING ? ConvertedValue.wrong("TOO_LONG") : ConvertedValue.ok(text);
			case TEXT -> text.length() > MAX_TEXT ? ConvertedValue.wrong("TOO_LONG") : ConvertedValue.ok(text);
			case DATE -> SubmittedDates.parse(value).map(d -> ConvertedValue.ok(d.toString())).orElse(ConvertedValue.wrong("INVALID_DATE"));
			case DECIMAL -> SubmittedNumbers.parse(text).map(ConvertedValue::ok).orElse(ConvertedValue.wrong("INVALID_NUMBER"));
			case INTEGER -> SubmittedNumbers.parse(text).filter(d -> d.stripTrailingZeros().scale() <= 0)
				.map(d -> ConvertedValue.ok(d.toBigIntegerExact()))
				.orElse(ConvertedValue.wrong("INVALID_NUMBER"));
			case ENUM -> field.values().contains(text) ? ConvertedValue.ok(text) : ConvertedValue.wrong("INVALID_ENUM");
			case IDENTIFIER -> identifier(text, identifiers);
		};
	}

	/** A person's number in a field is kept masked only: the vault holds whole numbers for subjects alone. */
	private static ConvertedValue identifier(String text, Identifiers identifiers) {
		try {
			SubjectIdentifier id = identifiers.parse(text);
			return ConvertedValue.ok(id.masked());
		}
		catch (InvalidIdentifierException ex) {
			return ConvertedValue.wrong("INVALID_IDENTIFIER");
		}
	}
}
