package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import static io.gongxin.calendar.internal.ChineseCalendarDays.lunar;
import static io.gongxin.calendar.internal.ChineseCalendarDays.qingming;

/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 as amended in 2024 (in force from 2025), for a year
 * whose State Council notice is not loaded yet (R-WD): 元旦 1 January; 春节 除夕 and 正月初一 to 初三; 清明 on the
 * day of the 清明 solar term; 劳动节 1-2 May; 端午 5/5 and 中秋 8/15 of the lunar calendar; 国庆 1-3 October. The
 * notice's bridging days and adjusted working days (调休) cannot be foreseen and are not guessed. Lunar dates and
 * the 清明 term: {@link ChineseCalendarDays}.
 */
final class StatutoryHolidays {

	/** The first year the 2024 amendment of 《全国年节及纪念日放假办法》 governs: provisional calendars start here. */
	static final int FIRST_PROVISIONAL_YEAR = 2025;

	/** Beyond this no deadline of the platform can reach; a guard against absurd input, not a business rule. */
	static final int LAST_PROVISIONAL_YEAR = 2100;

	private StatutoryHolidays() {
	}

	/**
	 * The year's statutory holidays, by date, named as the notices name them. Computed afresh on each call:
	 * the calendar's cached snapshot (ADR 0013) keeps what it needs.
	 */
	static Map<LocalDate, String> of(int year) {
		Map<LocalDate, String> days = new TreeMap<>();
		days.put(LocalDate.of(year, 1, 1), "元旦");
		LocalDate newYear = ChineseCalendarDays.newYear(year);
		days.put(newYear.minusDays(1), "春节");
		for (int i = 0; i < 3; i++) {
			days.put(newYear.plusDays(i), "春节");
		}
		days.put(qingming(year), "清明节");
		days.put(LocalDate.of(year, 5, 1), "劳动节");
		days.put(LocalDate.of(year, 5, 2), "劳动节");
		days.put(lunar(year, 5, 5), "端午节");
		days.put(lunar(year, 8, 15), "中秋节");
		for (int day = 1; day <= 3; day++) {
			days.put(LocalDate.of(year, 10, day), "国庆节");
		}
		return Collections.unmodifiableMap(days);
	}
}
