package io.gongxin.calendar.internal;

import io.gongxin.calendar.HolidayCalendar;
import io.gongxin.calendar.NextYearReminder;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The console's calendar page as shown after a GET and after a notice that was only previewed or had errors: the
 * years known, the year to load next, and the notice as typed with its check.
 */
@Component
class CalendarView {

	private final HolidayCalendar calendar;

	private final NextYearReminder reminder;

	CalendarView(HolidayCalendar calendar, NextYearReminder reminder) {
		this.calendar = calendar;
		this.reminder = reminder;
	}

	String page(Model model, HolidayNotice notice, CheckedNotice checked) {
		model.addAttribute("years", calendar.years());
		model.addAttribute("missingYear", reminder.yearToLoad().isPresent() ? reminder.yearToLoad().getAsInt() : null);
		model.addAttribute("notice", notice);
		model.addAttribute("checked", checked);
		return "console/calendar";
	}
}
