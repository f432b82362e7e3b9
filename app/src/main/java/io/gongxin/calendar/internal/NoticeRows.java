package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import static io.gongxin.calendar.internal.NoticeFields.blank;
import static io.gongxin.calendar.internal.NoticeFields.date;
import static io.gongxin.calendar.internal.NoticeFields.name;

/**
 * R-WD: a holiday notice's rows as typed, each row's fields read ({@link NoticeFields}) and its days handed to
 * {@link NoticeDays}, every problem added to the notice's; a row left blank is skipped.
 */
final class NoticeRows {

	private NoticeRows() {
	}

	/** A holiday row: a name and a range of days (one day when {@code to} is blank). */
	static void holidayRow(HolidayNotice notice, int row, Integer number, NoticeDays days,
			List<NoticeProblem> problems) {
		String typedName = notice.holidayName().get(row);
		String typedFrom = notice.holidayFrom().get(row);
		String typedTo = notice.holidayTo().get(row);
		if (blank(typedName) && blank(typedFrom) && blank(typedTo)) {
			return;
		}
		String name = name(typedName, "calendar.notice.error.holidayName", row, problems);
		LocalDate from = date(typedFrom, "holiday", "From", row, number, problems);
		LocalDate to = blank(typedTo) ? from : date(typedTo, "holiday", "To", row, number, problems);
		if (from != null && to != null && name != null) {
			days.holiday(row + 1, name, from, to).ifPresent(problems::add);
		}
	}

	/** An adjusted working day row: a name and a day. */
	static void workdayRow(HolidayNotice notice, int row, Integer number, NoticeDays days,
			List<NoticeProblem> problems) {
		if (blank(notice.workdayName().get(row)) && blank(notice.workdayDate().get(row))) {
			return;
		}
		String name = name(notice.workdayName().get(row), "calendar.notice.error.workdayName", row, problems);
		LocalDate day = date(notice.workdayDate().get(row), "workday", "Date", row, number, problems);
		if (day != null && name != null) {
			days.workday(row + 1, name, day).ifPresent(problems::add);
		}
	}
}
