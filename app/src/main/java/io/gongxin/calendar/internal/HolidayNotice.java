package io.gongxin.calendar.internal;

import java.util.ArrayList;
import java.util.List;

import io.gongxin.calendar.HolidayYear;

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

	/** Reads the notice row by row ({@link NoticeCheck}). */
	CheckedNotice check() {
		return NoticeCheck.check(this);
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
