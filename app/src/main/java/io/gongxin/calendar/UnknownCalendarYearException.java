package io.gongxin.calendar;

import java.util.Map;

import io.gongxin.platform.DomainException;


/**
 * A date falls in a year with no holiday notice and outside the range a provisional calendar is computed for
 * (2025, the first year of the 2024 amendment of 《全国年节及纪念日放假办法》, to 2100) (R-WD): 400
 * UNKNOWN_CALENDAR_YEAR.
 */
public class UnknownCalendarYearException extends DomainException {

	private final int year;

	public UnknownCalendarYearException(int year) {
		super(Kind.INVALID, "UNKNOWN_CALENDAR_YEAR", Map.of("year", year), String.valueOf(year));
		this.year = year;
	}

	public int year() {
		return year;
	}
}
