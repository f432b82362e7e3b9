package io.gongxin.calendar;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.Eventually;
import io.gongxin.TestClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar module alone (with the platform it stands on) against its own embedded PostgreSQL: the holiday
 * notices it loads into the database and the working days it counts from them (R-WD). No HTTP, no other module.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class CalendarModuleTest {

	@Autowired
	HolidayCalendar calendar;

	@Autowired
	LoadHolidayYear loading;

	@Autowired
	WorkingDays workingDays;

	@Test
	@DisplayName("R-WD at start the shipped notices of 2025 and 2026 are in the database, and National Day 2026 is counted from them")
	void shippedNoticesAreLoaded() {
		assertThat(calendar.years()).extracting(HolidayCalendar.KnownYear::year).contains(2025, 2026);
		assertThat(calendar.years()).filteredOn(year -> year.year() == 2026).singleElement()
			.satisfies(year -> assertThat(year.loadedBy()).isEqualTo("classpath:holidays-2026.json"));
		assertThat(calendar.year(2026)).hasValueSatisfying(year -> assertThat(year.source()).contains("2026年部分节假日安排"));
		Deadline afterNationalDay = workingDays.deadline(LocalDate.of(2026, 9, 30), 5);
		assertThat(afterNationalDay.date()).isEqualTo(LocalDate.of(2026, 10, 13));
		assertThat(afterNationalDay.provisional()).isFalse();
	}

	@Test
	@DisplayName("R-WD a year counted provisionally follows its notice once the notice is loaded, and the module says so (CalendarYearChanged)")
	void aLoadedNoticeEndsTheProvisionalYear(PublishedEvents events) {
		LocalDate adjustedSaturday = LocalDate.of(2031, 1, 4);
		LocalDate bridgeMonday = LocalDate.of(2031, 1, 6);
		assertThat(workingDays.isProvisional(2031)).isTrue();
		assertThat(workingDays.isWorkingDay(adjustedSaturday)).isFalse();
		assertThat(workingDays.isWorkingDay(bridgeMonday)).isTrue();

		loading.load(new HolidayYear(2031, "国务院办公厅关于2031年部分节假日安排的通知（测试）", List.of(
				new HolidayYear.Day("元旦", bridgeMonday, true),
				new HolidayYear.Day("元旦", adjustedSaturday, false))), "module-test");

		assertThat(events.ofType(CalendarYearChanged.class).matching(changed -> changed.year() == 2031)).hasSize(1);
		Eventually.holds(() -> {
			assertThat(workingDays.isProvisional(2031)).isFalse();
			assertThat(workingDays.isWorkingDay(adjustedSaturday)).isTrue();
			assertThat(workingDays.isWorkingDay(bridgeMonday)).isFalse();
		});
		Deadline deadline = workingDays.deadline(LocalDate.of(2031, 1, 3), 1);
		assertThat(deadline.date()).isEqualTo(adjustedSaturday);
		assertThat(deadline.provisional()).isFalse();
	}
}
