package io.gongxin.calendar.internal;

import java.util.ArrayList;
import java.util.List;

import io.gongxin.calendar.HolidayYear;

import static io.gongxin.calendar.internal.NoticeFields.year;

/**
 * R-WD: a holiday notice read row by row, each error naming its row, before it becomes a {@link HolidayYear}: the
 * year and source, each holiday row's range and each adjusted working day's date ({@link NoticeRows},
 * {@link NoticeDays}).
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
		NoticeDays days = new NoticeDays();
		for (int row = 0; row < HolidayNotice.HOLIDAY_ROWS; row++) {
			NoticeRows.holidayRow(notice, row, number, days, problems);
		}
		for (int row = 0; row < HolidayNotice.WORKDAY_ROWS; row++) {
			NoticeRows.workdayRow(notice, row, number, days, problems);
		}
		if (problems.isEmpty() && days.isEmpty()) {
			problems.add(new NoticeProblem("calendar.notice.error.empty"));
		}
		if (!problems.isEmpty()) {
			return new CheckedNotice(null, problems);
		}
		return new CheckedNotice(new HolidayYear(number, source.strip(), days.inOrder()), problems);
	}
}
