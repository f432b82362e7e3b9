package io.gongxin.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.OptionalInt;

import io.gongxin.calendar.HolidayCalendar;
import io.gongxin.calendar.NextYearReminder;

import org.springframework.stereotype.Component;

/** R-WD: next year is due from 1 November, on the injected clock (Asia/Shanghai), until its notice is loaded. */
@Component
class NextYearReminderClock implements NextYearReminder {

	/** The State Council usually publishes the notice in November; the reminder starts with the month. */
	static final Month FROM = Month.NOVEMBER;

	private final HolidayCalendar calendar;

	private final Clock clock;

	NextYearReminderClock(HolidayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public OptionalInt yearToLoad() {
		LocalDate today = LocalDate.now(clock);
		int next = today.getYear() + 1;
		if (today.getMonth().compareTo(FROM) < 0 || calendar.year(next).isPresent()) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(next);
	}
}
