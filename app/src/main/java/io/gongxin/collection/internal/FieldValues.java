package io.gongxin.collection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.CatalogField;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.InvalidIdentifierException;
import io.gongxin.subject.SubjectIdentifier;

/**
 * Turns a submitted value into the catalog field's type, or says why it cannot. Dates are accepted as
 * {@code 2026-03-05}, {@code 2026/3/5} or {@code 2026年3月5日} (how spreadsheets on Chinese Windows write
 * them) and stored as ISO dates; numbers may carry thousands separators.
 */
final class FieldValues {

	static final int MAX_STRING = 500;

	static final int MAX_TEXT = 10_000;

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT));

	private static final java.util.regex.Pattern DECIMAL_TEXT = java.util.regex.Pattern.compile("[-+]?\\d{1,20}(\\.\\d{1,10})?");

	private FieldValues() {
	}

	/** The outcome for one value: the normalised value, or the code of what is wrong with it. */
	record Converted(Object value, String error) {

		static Converted ok(Object value) {
			return new Converted(value, null);
		}

		static Converted wrong(String code) {
			return new Converted(null, code);
		}
	}

	static boolean isBlank(Object value) {
		return value == null || (value instanceof String s && s.isBlank());
	}

	static Converted convert(CatalogField field, Object value, Identifiers identifiers) {
		if (value instanceof java.util.Map || value instanceof java.util.Collection) {
			return Converted.wrong("INVALID_VALUE");
		}
		String text = String.valueOf(value).strip();
		return switch (field.type()) {
			case STRING -> text.length() > MAX_STRING ? Converted.wrong("TOO_LONG") : Converted.ok(text);
			case TEXT -> text.length() > MAX_TEXT ? Converted.wrong("TOO_LONG") : Converted.ok(text);
			case DATE -> date(value).map(d -> Converted.ok(d.toString())).orElse(Converted.wrong("INVALID_DATE"));
			case DECIMAL -> decimal(text).map(Converted::ok).orElse(Converted.wrong("INVALID_NUMBER"));
			case INTEGER -> decimal(text).filter(d -> d.stripTrailingZeros().scale() <= 0)
				.map(d -> Converted.ok(d.toBigIntegerExact()))
				.orElse(Converted.wrong("INVALID_NUMBER"));
			case ENUM -> field.values().contains(text) ? Converted.ok(text) : Converted.wrong("INVALID_ENUM");
			case IDENTIFIER -> identifier(text, identifiers);
		};
	}

	/** A person's number in a field is kept masked only: the vault holds whole numbers for subjects alone. */
	private static Converted identifier(String text, Identifiers identifiers) {
		try {
			SubjectIdentifier id = identifiers.parse(text);
			return Converted.ok(id.masked());
		}
		catch (InvalidIdentifierException ex) {
			return Converted.wrong("INVALID_IDENTIFIER");
		}
	}

	static Optional<LocalDate> date(Object value) {
		if (value instanceof LocalDate date) {
			return Optional.of(date);
		}
		if (value == null) {
			return Optional.empty();
		}
		String text = String.valueOf(value).strip();
		for (DateTimeFormatter format : DATES) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ex) {
				// try the next accepted form
			}
		}
		return Optional.empty();
	}

	private static Optional<BigDecimal> decimal(String text) {
		String plain = text.replace(",", "").replace("，", "");
		if (!DECIMAL_TEXT.matcher(plain).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(plain));
	}
}
