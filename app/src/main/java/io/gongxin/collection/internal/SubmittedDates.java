package io.gongxin.collection.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * A submitted date: {@code 2026-03-05}, {@code 2026/3/5}, {@code 2026-3-5}, {@code 2026.3.5} or
 * {@code 2026年3月5日} (how spreadsheets on Chinese Windows write them), or a date a spreadsheet cell held.
 */
final class SubmittedDates {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT));

	private SubmittedDates() {
	}

	static Optional<LocalDate> parse(Object value) {
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
}
