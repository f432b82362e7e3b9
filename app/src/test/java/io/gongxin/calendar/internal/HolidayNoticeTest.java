package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.calendar.HolidayYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The holiday notice as the centre types it, checked row by row: no application, no database. */
class HolidayNoticeTest {

	private static final String SOURCE = "国务院办公厅关于2027年部分节假日安排的通知";

	private static HolidayNotice notice(List<String> names, List<String> from, List<String> to, List<String> workdayNames,
			List<String> workdays) {
		return new HolidayNotice("2027", SOURCE, names, from, to, workdayNames, workdays);
	}

	private static List<String> keys(CheckedNotice checked) {
		return checked.problems().stream().map(NoticeProblem::key).toList();
	}

	@Test
	@DisplayName("R-WD a notice's holiday ranges and adjusted working days become the year's days, in date order")
	void aRightNoticeBecomesTheYear() {
		CheckedNotice checked = notice(List.of("春节", "元旦"), List.of("2027-02-06", "2027-01-01"),
				List.of("2027-02-08", ""), List.of("春节调休"), List.of("2027-02-13")).check();
		assertThat(checked.valid()).isTrue();
		assertThat(checked.offDays()).isEqualTo(4);
		HolidayYear year = checked.year();
		assertThat(year.year()).isEqualTo(2027);
		assertThat(year.source()).isEqualTo(SOURCE);
		assertThat(year.days()).extracting(HolidayYear.Day::date)
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
					LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 13));
		assertThat(checked.preview()).last().satisfies(day -> {
			assertThat(day.offDay()).isFalse();
			assertThat(day.name()).isEqualTo("春节调休");
		});
	}

	@Test
	@DisplayName("R-WD an adjusted working day must be a Saturday or Sunday outside every holiday")
	void adjustedWorkingDaysAreWeekendDaysOutsideHolidays() {
		// 2027-02-10 is a Wednesday; 2027-02-06 is a Saturday inside the holiday of row 1
		CheckedNotice checked = notice(List.of("春节"), List.of("2027-02-06"), List.of("2027-02-08"),
				List.of("调休", "调休"), List.of("2027-02-10", "2027-02-06")).check();
		assertThat(checked.valid()).isFalse();
		assertThat(checked.year()).isNull();
		assertThat(checked.problems()).extracting(NoticeProblem::key)
			.containsExactly("calendar.notice.error.weekday", "calendar.notice.error.workdayInHoliday");
		assertThat(checked.problems().get(1).args()).containsExactly(2, "2027-02-06", 1);
	}

	@Test
	@DisplayName("R-WD two holiday rows naming the same day are refused with both rows")
	void overlappingHolidaysAreRefused() {
		CheckedNotice checked = notice(List.of("甲", "乙"), List.of("2027-05-01", "2027-05-03"),
				List.of("2027-05-05", "2027-05-04"), List.of(), List.of()).check();
		assertThat(keys(checked)).containsExactly("calendar.notice.error.overlap");
		assertThat(checked.problems().get(0).args()).containsExactly(2, 1, "2027-05-03");
	}

	@Test
	@DisplayName("R-WD a holiday ending before it starts, or longer than the longest a notice has given, is refused")
	void holidayRangesAreBounded() {
		CheckedNotice checked = notice(List.of("倒", "长"), List.of("2027-05-05", "2027-07-01"),
				List.of("2027-05-01", "2027-07-16"), List.of(), List.of()).check();
		assertThat(keys(checked)).containsExactly("calendar.notice.error.range", "calendar.notice.error.range");
		assertThat(notice(List.of("长"), List.of("2027-07-01"), List.of("2027-07-15"), List.of(), List.of()).check().valid())
			.as("15 days is the longest").isTrue();
	}

	@Test
	@DisplayName("R-WD every day must fall in the notice's year, and a date must be a date")
	void datesBelongToTheYear() {
		CheckedNotice checked = notice(List.of("元旦", "错"), List.of("2026-12-31", "2027-13-01"), List.of("", ""),
				List.of(), List.of()).check();
		assertThat(keys(checked)).containsExactly("calendar.notice.error.holidayOutside",
				"calendar.notice.error.holidayFrom");
	}

	@Test
	@DisplayName("R-WD a notice needs a year in range, a source, a name per row and at least one day")
	void aNoticeNeedsItsParts() {
		assertThat(keys(new HolidayNotice("1999", " ", null, null, null, null, null).check()))
			.containsExactly("calendar.notice.error.year", "calendar.notice.error.source");
		assertThat(keys(notice(List.of(), List.of(), List.of(), List.of(), List.of()).check()))
			.containsExactly("calendar.notice.error.empty");
		assertThat(keys(notice(List.of(" "), List.of("2027-05-01"), List.of(""), List.of(), List.of()).check()))
			.containsExactly("calendar.notice.error.holidayName");
	}

	@Test
	@DisplayName("R-WD rows beyond the form are dropped, missing ones are blank")
	void rowsArePadded() {
		HolidayNotice blank = HolidayNotice.blank(2027);
		assertThat(blank.holidayName()).hasSize(HolidayNotice.HOLIDAY_ROWS).allMatch(String::isEmpty);
		assertThat(blank.workdayDate()).hasSize(HolidayNotice.WORKDAY_ROWS);
	}
}
