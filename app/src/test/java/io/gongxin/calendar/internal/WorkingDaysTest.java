package io.gongxin.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.UnknownCalendarYearException;
import io.gongxin.calendar.WorkingDays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R-WD as a plain rule: the shipped notices (2025, 2026) and the provisional calendar, no application, no database. */
class WorkingDaysTest {

	final WorkingDays workingDays = WorkingDayCalendar.of(shipped());

	static List<HolidayYear> shipped() {
		List<HolidayYear> years = new ArrayList<>();
		for (int year : new int[] { 2025, 2026 }) {
			try (InputStream in = WorkingDaysTest.class.getResourceAsStream("/calendar/holidays-" + year + ".json")) {
				years.add(HolidayYearJson.parse(JsonMapper.builder().build().readTree(in)));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return years;
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({
			// 2025 Spring Festival: Sunday 26 January is an adjusted working day, 28 Jan - 4 Feb are off
			"2025-01-24, 1, 2025-01-26", "2025-01-24, 2, 2025-01-27", "2025-01-24, 3, 2025-02-05",
			// 2025 National Day and Mid-Autumn: Sunday 28 Sep works, 1-8 Oct off, Saturday 11 Oct works
			"2025-09-26, 1, 2025-09-28", "2025-09-30, 1, 2025-10-09", "2025-09-30, 2, 2025-10-10",
			"2025-09-30, 3, 2025-10-11", "2025-09-30, 4, 2025-10-13",
			// across the year: New Year 2026 is 1-3 Jan off, Sunday 4 Jan works
			"2025-12-31, 1, 2026-01-04", "2025-12-31, 2, 2026-01-05",
			// 2026 Spring Festival: Saturday 14 Feb works, 15-23 Feb off, Saturday 28 Feb works
			"2026-02-12, 2, 2026-02-14", "2026-02-14, 1, 2026-02-24", "2026-02-13, 5, 2026-02-27",
			"2026-02-13, 6, 2026-02-28", "2026-02-13, 7, 2026-03-02",
			// 2026 Labour Day: 1-5 May off, Saturday 9 May works
			"2026-04-30, 2, 2026-05-07", "2026-05-07, 2, 2026-05-09",
			// 2026 Mid-Autumn and National Day: Sunday 20 Sep works, 25-27 Sep and 1-7 Oct off, Saturday 10 Oct works
			"2026-09-18, 1, 2026-09-20", "2026-09-24, 1, 2026-09-28", "2026-09-30, 1, 2026-10-08",
			"2026-09-30, 3, 2026-10-10", "2026-09-30, 5, 2026-10-13",
			// an ordinary week, and zero
			"2026-03-13, 1, 2026-03-16", "2026-03-11, 0, 2026-03-11" })
	@DisplayName("R-WD working days skip weekends and statutory holidays and count adjusted working days")
	void addsWorkingDays(LocalDate from, int add, LocalDate expected) {
		assertThat(workingDays.add(from, add)).isEqualTo(expected);
	}

	@Test
	@DisplayName("R-WD adjusted working days are working days, holidays on weekdays are not")
	void knowsAdjustedWorkingDays() {
		assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
		assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 14))).isFalse();
		assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 16))).isTrue();
	}

	@Test
	@DisplayName("R-WD a year without a loaded notice is counted on the provisional calendar and says so")
	void yearWithoutNoticeIsProvisional() {
		// 2027 is not shipped: 1 January (元旦) is a statutory holiday, 2-3 January a weekend
		assertThat(workingDays.deadline(LocalDate.of(2026, 12, 31), 1)).isEqualTo(new Deadline(LocalDate.of(2027, 1, 4), true));
		assertThat(workingDays.deadline(LocalDate.of(2026, 12, 28), 2)).isEqualTo(new Deadline(LocalDate.of(2026, 12, 30), false));
		assertThat(workingDays.isProvisional(2027)).isTrue();
		assertThat(workingDays.isProvisional(2026)).isFalse();
		assertThat(workingDays.restsOnProvisional(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 6))).isTrue();
		assertThat(workingDays.restsOnProvisional(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 30))).isFalse();
		// 2028 Spring Festival on the provisional calendar: 除夕 25 January to 初三 28 January are off
		assertThat(workingDays.deadline(LocalDate.of(2028, 1, 21), 3)).isEqualTo(new Deadline(LocalDate.of(2028, 2, 1), true));
	}

	@Test
	@DisplayName("R-WD only absurd years, outside the range of the amended holiday rules, are reported rather than counted")
	void absurdYearIsReported() {
		assertThatThrownBy(() -> workingDays.add(LocalDate.of(2024, 6, 3), 0))
			.isInstanceOf(UnknownCalendarYearException.class)
			.extracting(ex -> ((UnknownCalendarYearException) ex).year())
			.isEqualTo(2024);
		assertThatThrownBy(() -> workingDays.add(LocalDate.of(2100, 12, 31), 1))
			.isInstanceOf(UnknownCalendarYearException.class)
			.extracting(ex -> ((UnknownCalendarYearException) ex).year())
			.isEqualTo(2101);
	}

	@Test
	@DisplayName("R-WD a deadline counted from a weekend day starts on the next working day, and left() counts working days")
	void countsWhatIsLeft() {
		// Saturday 14 March 2026 + 1 working day = Monday 16 March; from Wednesday 11 March two working days are left
		assertThat(workingDays.add(LocalDate.of(2026, 3, 14), 1)).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(workingDays.left(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 13))).isEqualTo(2);
		assertThat(workingDays.left(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 13))).isEqualTo(-3);
	}

	@Test
	@DisplayName("R-WD a loaded notice replaces the provisional calendar for its year")
	void aLoadedNoticeIsNotProvisional() {
		WorkingDays with2027 = WorkingDayCalendar.of(List.of(new HolidayYear(2027, "test notice",
				List.of(new HolidayYear.Day("元旦", LocalDate.of(2027, 1, 1), true),
						new HolidayYear.Day("元旦", LocalDate.of(2027, 1, 4), true)))));
		// 4 January 2027 is off by this notice, not by the statutory holidays: the count follows the notice
		assertThat(with2027.deadline(LocalDate.of(2026, 12, 31), 1)).isEqualTo(new Deadline(LocalDate.of(2027, 1, 5), false));
		assertThat(with2027.isProvisional(2027)).isFalse();
	}

	@Test
	@DisplayName("R-WD a deadline the calendar remembers is the one it counts; a calendar of newly loaded years counts afresh")
	void rememberedDeadlinesAreCountedOnes() {
		List<HolidayYear> shipped = shipped();
		for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2027, 3, 1)); day = day.plusDays(1)) {
			for (int n : new int[] { 0, 1, 7, 20 }) {
				Deadline counted = WorkingDayCalendar.of(shipped).deadline(day, n);
				assertThat(workingDays.deadline(day, n)).isEqualTo(counted);
				assertThat(workingDays.deadline(day, n)).as("asked again").isEqualTo(counted);
			}
		}
		assertThat(workingDays.deadline(LocalDate.of(2026, 12, 31), 1)).isEqualTo(new Deadline(LocalDate.of(2027, 1, 4), true));
		WorkingDays with2027 = WorkingDayCalendar.of(List.of(new HolidayYear(2027, "test notice",
				List.of(new HolidayYear.Day("元旦", LocalDate.of(2027, 1, 1), true),
						new HolidayYear.Day("元旦", LocalDate.of(2027, 1, 4), true)))));
		assertThat(with2027.deadline(LocalDate.of(2026, 12, 31), 1)).isEqualTo(new Deadline(LocalDate.of(2027, 1, 5), false));
		assertThatThrownBy(() -> workingDays.add(LocalDate.of(2024, 6, 3), 0)).as("an absurd year is not remembered")
			.isInstanceOf(UnknownCalendarYearException.class);
		assertThatThrownBy(() -> workingDays.add(LocalDate.of(2024, 6, 3), 0)).isInstanceOf(UnknownCalendarYearException.class);
	}
}
