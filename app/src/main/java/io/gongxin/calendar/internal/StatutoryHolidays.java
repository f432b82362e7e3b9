package io.gongxin.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;

/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 as amended in 2024 (in force from 2025), for a year
 * whose State Council notice is not loaded yet (R-WD): 元旦 1 January; 春节 除夕 and 正月初一 to 初三; 清明 on the
 * day of the 清明 solar term; 劳动节 1-2 May; 端午 5/5 and 中秋 8/15 of the lunar calendar; 国庆 1-3 October. The
 * notice's bridging days and adjusted working days (调休) cannot be foreseen and are not guessed. Lunar dates come
 * from ICU4J's {@link ChineseCalendar}, the 清明 term from its astronomer (docs/decisions/0008).
 */
final class StatutoryHolidays {

	/** China Standard Time, the meridian the Chinese calendar (GB/T 33661-2017) is reckoned on. */
	private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	/** 清明 begins when the sun reaches ecliptic longitude 15°. */
	private static final double QINGMING_LONGITUDE = Math.toRadians(15);

	private static final long DAY_MS = 86_400_000L;

	private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

	private StatutoryHolidays() {
	}

	/** The year's statutory holidays, by date, named as the notices name them. */
	static Map<LocalDate, String> of(int year) {
		return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
	}

	private static Map<LocalDate, String> compute(int year) {
		Map<LocalDate, String> days = new TreeMap<>();
		days.put(LocalDate.of(year, 1, 1), "元旦");
		LunarDays lunar = LunarDays.of(year);
		days.put(lunar.newYear().minusDays(1), "春节");
		for (int i = 0; i < 3; i++) {
			days.put(lunar.newYear().plusDays(i), "春节");
		}
		days.put(qingming(year), "清明节");
		days.put(LocalDate.of(year, 5, 1), "劳动节");
		days.put(LocalDate.of(year, 5, 2), "劳动节");
		days.put(lunar.duanwu(), "端午节");
		days.put(lunar.midAutumn(), "中秋节");
		for (int day = 1; day <= 3; day++) {
			days.put(LocalDate.of(year, 10, day), "国庆节");
		}
		return Collections.unmodifiableMap(days);
	}

	/** The day, in China, on which the sun reaches 15° (the 清明 term, 4-6 April). */
	static LocalDate qingming(int year) {
		CalendarAstronomer astronomer = new CalendarAstronomer(
				LocalDate.of(year, 3, 20).atStartOfDay().toInstant(CHINA).toEpochMilli());
		return Instant.ofEpochMilli(astronomer.getSunTime(QINGMING_LONGITUDE, true)).atOffset(CHINA).toLocalDate();
	}

	/** 正月初一, 五月初五 and 八月十五 falling in a Gregorian year, read day by day off ICU's Chinese calendar. */
	record LunarDays(LocalDate newYear, LocalDate duanwu, LocalDate midAutumn) {

		static LunarDays of(int year) {
			// A calendar on UTC read at UTC midnight gives the lunar date of that civil day; ICU reckons new moons
			// on China's meridian whatever the calendar's own zone.
			ChineseCalendar lunar = new ChineseCalendar(TimeZone.GMT_ZONE);
			LocalDate newYear = null;
			LocalDate duanwu = null;
			LocalDate midAutumn = null;
			for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
				lunar.setTimeInMillis(day.toEpochDay() * DAY_MS);
				if (lunar.get(ChineseCalendar.IS_LEAP_MONTH) != 0) {
					continue;
				}
				int month = lunar.get(Calendar.MONTH) + 1;
				int date = lunar.get(Calendar.DAY_OF_MONTH);
				if (month == 1 && date == 1) {
					newYear = day;
				}
				else if (month == 5 && date == 5) {
					duanwu = day;
				}
				else if (month == 8 && date == 15) {
					midAutumn = day;
				}
			}
			return new LunarDays(newYear, duanwu, midAutumn);
		}
	}
}
