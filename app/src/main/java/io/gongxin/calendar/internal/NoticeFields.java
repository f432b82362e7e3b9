package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** R-WD: the fields of a holiday notice's rows as typed, read one by one, each error naming its row. */
final class NoticeFields {

	static final int MAX_NAME = 100;

	private NoticeFields() {
	}

	static Integer year(String year, List<NoticeProblem> problems) {
		try {
			int number = Integer.parseInt(year == null ? "" : year.strip());
			if (number >= StatutoryHolidays.FIRST_PROVISIONAL_YEAR && number <= StatutoryHolidays.LAST_PROVISIONAL_YEAR) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(new NoticeProblem("calendar.notice.error.year", StatutoryHolidays.FIRST_PROVISIONAL_YEAR,
				StatutoryHolidays.LAST_PROVISIONAL_YEAR));
		return null;
	}

	static String name(String value, String key, int row, List<NoticeProblem> problems) {
		if (blank(value) || value.strip().length() > MAX_NAME) {
			problems.add(new NoticeProblem(key, row + 1, MAX_NAME));
			return null;
		}
		return value.strip();
	}

	/** A date of the row, which must fall in the notice's year. */
	static LocalDate date(String value, String table, String field, int row, Integer year,
			List<NoticeProblem> problems) {
		try {
			LocalDate day = LocalDate.parse(value == null ? "" : value.strip());
			if (year != null && day.getYear() != year) {
				problems.add(new NoticeProblem("calendar.notice.error." + table + "Outside", row + 1, day.toString(), year));
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			problems.add(new NoticeProblem("calendar.notice.error." + table + field, row + 1));
			return null;
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
