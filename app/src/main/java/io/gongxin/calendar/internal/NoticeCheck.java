package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.calendar.HolidayYear;

import static io.gongxin.calendar.internal.NoticeFields.blank;
import static io.gongxin.calendar.internal.NoticeFields.date;
import static io.gongxin.calendar.internal.NoticeFields.name;
import static io.gongxin.calendar.internal.NoticeFields.year;

/**
 * R-WD: a holiday notice read row by row, each error naming its row, before it becomes a {@link HolidayYear}: the
 * year and source, each holiday row's range and each adjusted working day's date ({@link NoticeDays}).
 */
final class NoticeCheck {

	private NoticeCheck() {
	}

	static CheckedNotice check(HolidayNotice notice) {
		List<NoticeProblem> problems = new ArrayList<>();
		Integer number = year(notice.year(), problems);
		String source = notice.source();
		if (source == null || source.isBlank() || source.length() > HolidayNotice.MAX_SOURCE) {
			problems.add(new NoticeProblem("calendar.notice.error.source", HolidayNotice.MAX_SOURCE));
		}
		NoticeDays days = new NoticeDays(problems);
		for (int row = 0; row < HolidayNotice.HOLIDAY_ROWS; row++) {
			holidayRow(notice, row, number, days);
		}
		for (int row = 0; row < HolidayNotice.WORKDAY_ROWS; row++) {
			workdayRow(notice, row, number, days);
		}
		if (problems.isEmpty() && days.isEmpty()) {
			problems.add(new NoticeProblem("calendar.notice.error.empty"));
		}
		if (!problems.isEmpty()) {
			return new CheckedNotice(null, problems);
		}
		return new CheckedNotice(new HolidayYear(number, source.strip(), days.inOrder()), problems);
	}

	/** A holiday row: a name and a range of days (one day when {@code to} is blank). */
	private static void holidayRow(HolidayNotice notice, int row, Integer number, NoticeDays days) {
		String typedName = notice.holidayName().get(row);
		String typedFrom = notice.holidayFrom().get(row);
		String typedTo = notice.holidayTo().get(row);
		if (blank(typedName) && blank(typedFrom) && blank(typedTo)) {
			return;
		}
		List<NoticeProblem> problems = days.problems();
		String name = name(typedName, "calendar.notice.error.holidayName", row, problems);
		LocalDate from = date(typedFrom, "holiday", "From", row, number, problems);
		LocalDate to = blank(typedTo) ? from : date(typedTo, "holiday", "To", row, number, problems);
		if (from != null && to != null && name != null) {
			days.holiday(row + 1, name, from, to);
		}
	}

	/** An adjusted working day row: a name and a day. */
	private static void workdayRow(HolidayNotice notice, int row, Integer number, NoticeDays days) {
		if (blank(notice.workdayName().get(row)) && blank(notice.workdayDate().get(row))) {
			return;
		}
		String name = name(notice.workdayName().get(row), "calendar.notice.error.workdayName", row, days.problems());
		LocalDate day = date(notice.workdayDate().get(row), "workday", "Date", row, number, days.problems());
		if (day != null && name != null) {
			days.workday(row + 1, name, day);
		}
	}
}
