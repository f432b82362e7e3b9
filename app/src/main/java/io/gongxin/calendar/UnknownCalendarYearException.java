package io.gongxin.calendar;

import java.util.Map;

import io.gongxin.platform.ProblemException;

import org.springframework.http.HttpStatus;

/** A date falls in a year whose holiday notice the platform has not been given (R-WD): 400 UNKNOWN_CALENDAR_YEAR. */
public class UnknownCalendarYearException extends ProblemException {

	private final int year;

	public UnknownCalendarYearException(int year) {
		super(HttpStatus.BAD_REQUEST, "UNKNOWN_CALENDAR_YEAR", Map.of("year", year), String.valueOf(year));
		this.year = year;
	}

	public int year() {
		return year;
	}
}
