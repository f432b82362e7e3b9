package io.gongxin.calendar.internal;

import java.time.LocalDate;

import net.time4j.PlainDate;
import net.time4j.calendar.ChineseCalendar;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.SolarTerm;

/**
 * Days of the Chinese calendar as Gregorian dates, for the statutory holidays that follow it (R-WD): lunar dates
 * and the 清明 term from Time4J's Chinese calendar (reckoned on China's meridian, GB/T 33661-2017), see
 * docs/decisions/0008.
 */
final class ChineseCalendarDays {

	private ChineseCalendarDays() {
	}

	/** 正月初一 of the lunar year that begins in this Gregorian year. */
	static LocalDate newYear(int year) {
		return gregorian(ChineseCalendar.ofNewYear(year));
	}

	/** The day, in China, on which the sun reaches 15° (the 清明 term, 4-6 April). */
	static LocalDate qingming(int year) {
		ChineseCalendar marchEnd = PlainDate.of(year, 3, 25).transform(ChineseCalendar.axis());
		return gregorian(SolarTerm.MINOR_03_QINGMING_015.onOrAfter(marchEnd));
	}

	/** A day of the (non-leap) lunar month in the lunar year that begins in this Gregorian year. */
	static LocalDate lunar(int year, int month, int day) {
		return gregorian(ChineseCalendar.of(EastAsianYear.forGregorian(year), EastAsianMonth.valueOf(month), day));
	}

	private static LocalDate gregorian(ChineseCalendar date) {
		PlainDate plain = date.transform(PlainDate.axis());
		return LocalDate.of(plain.getYear(), plain.getMonth(), plain.getDayOfMonth());
	}
}
