package io.gongxin.calendar.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import io.gongxin.calendar.HolidayYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The provisional calendar against the official notices and the almanac (R-WD); plain unit tests, no Spring. */
class StatutoryHolidaysTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2025, 2026 })
	@DisplayName("R-WD every statutory holiday computed for a year is a holiday of the same name in its official notice")
	void agreesWithTheOfficialNotices(int year) throws Exception {
		HolidayYear official;
		try (InputStream in = getClass().getResourceAsStream("/calendar/holidays-" + year + ".json")) {
			official = HolidayYearJson.parse(new ObjectMapper().readTree(in));
		}
		Map<LocalDate, HolidayYear.Day> offDays = official.days().stream().filter(HolidayYear.Day::offDay)
			.collect(Collectors.toMap(HolidayYear.Day::date, d -> d));
		Map<LocalDate, String> statutory = StatutoryHolidays.of(year);
		assertThat(statutory).hasSize(13);
		statutory.forEach((day, name) -> {
			assertThat(offDays).as("%s %s", day, name).containsKey(day);
			assertThat(offDays.get(day).name()).as("%s", day).contains(name);
		});
	}

	@ParameterizedTest(name = "{0}: 除夕 {1}, 初一 {2}, 清明 {3}, 端午 {4}, 中秋 {5}")
	@CsvSource({
			"2025, 2025-01-28, 2025-01-29, 2025-04-04, 2025-05-31, 2025-10-06",
			"2026, 2026-02-16, 2026-02-17, 2026-04-05, 2026-06-19, 2026-09-25",
			// the new moon of February 2027 falls at about 23:56 China time: 初一 is 6 February (HKO, PMO almanacs)
			"2027, 2027-02-05, 2027-02-06, 2027-04-05, 2027-06-09, 2027-09-15",
			"2028, 2028-01-25, 2028-01-26, 2028-04-04, 2028-05-28, 2028-10-03",
			"2029, 2029-02-12, 2029-02-13, 2029-04-04, 2029-06-16, 2029-09-22",
			"2030, 2030-02-02, 2030-02-03, 2030-04-05, 2030-06-05, 2030-09-12" })
	@DisplayName("R-WD lunar holidays and 清明 come from Time4J's Chinese calendar and solar terms")
	void lunarDaysAndQingming(int year, LocalDate eve, LocalDate newYear, LocalDate qingming, LocalDate duanwu,
			LocalDate midAutumn) {
		assertThat(ChineseCalendarDays.qingming(year)).isEqualTo(qingming);
		Map<LocalDate, String> days = StatutoryHolidays.of(year);
		assertThat(days).containsEntry(eve, "春节").containsEntry(newYear, "春节").containsEntry(newYear.plusDays(2), "春节")
			.doesNotContainKey(eve.minusDays(1)).doesNotContainKey(newYear.plusDays(3))
			.containsEntry(qingming, "清明节").containsEntry(duanwu, "端午节").containsKey(midAutumn); // 2028: 中秋 is 国庆 day 3
	}

	@Test
	@DisplayName("R-WD the fixed-date holidays of the 2024 amendment: 元旦 1, 劳动节 2, 国庆节 3 days")
	void fixedDates() {
		Map<LocalDate, String> days = StatutoryHolidays.of(2027);
		assertThat(days).containsEntry(LocalDate.of(2027, 1, 1), "元旦")
			.containsEntry(LocalDate.of(2027, 5, 1), "劳动节").containsEntry(LocalDate.of(2027, 5, 2), "劳动节")
			.containsEntry(LocalDate.of(2027, 10, 1), "国庆节").containsEntry(LocalDate.of(2027, 10, 3), "国庆节")
			.doesNotContainKey(LocalDate.of(2027, 5, 3)).doesNotContainKey(LocalDate.of(2027, 10, 4));
		// 2028: 中秋 on 3 October falls inside 国庆, so the year has 12 distinct holidays, not 13
		assertThat(StatutoryHolidays.of(2028)).hasSize(12);
	}
}
