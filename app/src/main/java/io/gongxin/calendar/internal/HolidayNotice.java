package io.gongxin.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.WorkingDays;

/**
 * R-WD: the State Council's holiday notice as the centre types it on the calendar page: holidays as date ranges
 * with names, and the adjusted working days (调休上班). Checked row by row, each error naming its row, before it
 * becomes a {@link HolidayYear} (which checks the same again for the API).
 *
 * @param holidayName the name of each holiday row (元旦, 春节 ...); a row left blank is skipped
 */
record HolidayNotice(String year, String source, List<String> holidayName, List<String> holidayFrom,
		List<String> holidayTo, List<String> workdayName, List<String> workdayDate) {

	/** Rows on the form: a notice names seven holidays and some adjusted working days. */
	static final int HOLIDAY_ROWS = 8;

	static final int WORKDAY_ROWS = 8;

	static final int MAX_NAME = 100;

	static final int MAX_SOURCE = 200;

	/** The longest holiday a notice has given (春节 with its bridging days). */
	static final int MAX_HOLIDAY_DAYS = 15;

	HolidayNotice {
		holidayName = padded(holidayName, HOLIDAY_ROWS);
		holidayFrom = padded(holidayFrom, HOLIDAY_ROWS);
		holidayTo = padded(holidayTo, HOLIDAY_ROWS);
		workdayName = padded(workdayName, WORKDAY_ROWS);
		workdayDate = padded(workdayDate, WORKDAY_ROWS);
	}

	static HolidayNotice blank(int year) {
		return new HolidayNotice(String.valueOf(year), "", null, null, null, null, null);
	}

	/** One thing wrong, as a message key and its arguments (row numbers as the page shows them). */
	record Problem(String key, Object... args) {
	}

	/** One day of the preview: the day, whether it is off (a holiday) or on (an adjusted working day), its name. */
	record PreviewDay(LocalDate date, DayOfWeek weekday, boolean offDay, String name) {
	}

	/** The notice read: the year when every row is right, else the problems. */
	record Checked(HolidayYear year, List<Problem> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}

		public List<PreviewDay> preview() {
			return year == null ? List.of() : year.days().stream()
				.map(d -> new PreviewDay(d.date(), d.date().getDayOfWeek(), d.offDay(), d.name()))
				.toList();
		}

		public long offDays() {
			return year == null ? 0 : year.days().stream().filter(HolidayYear.Day::offDay).count();
		}
	}

	Checked check() {
		List<Problem> problems = new ArrayList<>();
		Integer number = year(problems);
		if (source == null || source.isBlank() || source.length() > MAX_SOURCE) {
			problems.add(new Problem("calendar.notice.error.source", MAX_SOURCE));
		}
		NoticeDays days = new NoticeDays(problems);
		for (int row = 0; row < HOLIDAY_ROWS; row++) {
			holidayRow(row, number, days);
		}
		for (int row = 0; row < WORKDAY_ROWS; row++) {
			workdayRow(row, number, days);
		}
		if (problems.isEmpty() && days.isEmpty()) {
			problems.add(new Problem("calendar.notice.error.empty"));
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		return new Checked(new HolidayYear(number, source.strip(), days.inOrder()), problems);
	}

	/** A holiday row: a name and a range of days (one day when {@code to} is blank). */
	private void holidayRow(int row, Integer number, NoticeDays days) {
		if (blank(holidayName.get(row)) && blank(holidayFrom.get(row)) && blank(holidayTo.get(row))) {
			return;
		}
		List<Problem> problems = days.problems();
		String name = name(holidayName.get(row), "calendar.notice.error.holidayName", row, problems);
		LocalDate from = date(holidayFrom.get(row), "holiday", "From", row, number, problems);
		LocalDate to = blank(holidayTo.get(row)) ? from : date(holidayTo.get(row), "holiday", "To", row, number, problems);
		if (from != null && to != null && name != null) {
			days.holiday(row + 1, name, from, to);
		}
	}

	/** An adjusted working day row: a name and a day. */
	private void workdayRow(int row, Integer number, NoticeDays days) {
		if (blank(workdayName.get(row)) && blank(workdayDate.get(row))) {
			return;
		}
		String name = name(workdayName.get(row), "calendar.notice.error.workdayName", row, days.problems());
		LocalDate day = date(workdayDate.get(row), "workday", "Date", row, number, days.problems());
		if (day != null && name != null) {
			days.workday(row + 1, name, day);
		}
	}

	private Integer year(List<Problem> problems) {
		try {
			int number = Integer.parseInt(year == null ? "" : year.strip());
			if (number >= WorkingDays.FIRST_PROVISIONAL_YEAR && number <= WorkingDays.LAST_PROVISIONAL_YEAR) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(new Problem("calendar.notice.error.year", WorkingDays.FIRST_PROVISIONAL_YEAR,
				WorkingDays.LAST_PROVISIONAL_YEAR));
		return null;
	}

	private static String name(String value, String key, int row, List<Problem> problems) {
		if (blank(value) || value.strip().length() > MAX_NAME) {
			problems.add(new Problem(key, row + 1, MAX_NAME));
			return null;
		}
		return value.strip();
	}

	/** A date of the row, which must fall in the notice's year. */
	private static LocalDate date(String value, String table, String field, int row, Integer year,
			List<Problem> problems) {
		try {
			LocalDate day = LocalDate.parse(value == null ? "" : value.strip());
			if (year != null && day.getYear() != year) {
				problems.add(new Problem("calendar.notice.error." + table + "Outside", row + 1, day.toString(), year));
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem("calendar.notice.error." + table + field, row + 1));
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Exactly {@code rows} entries: missing ones blank, extra ones (not on the form) dropped. */
	private static List<String> padded(List<String> values, int rows) {
		List<String> padded = new ArrayList<>(values == null ? List.of()
				: values.stream().limit(rows).map(v -> v == null ? "" : v).toList());
		while (padded.size() < rows) {
			padded.add("");
		}
		return List.copyOf(padded);
	}
}
