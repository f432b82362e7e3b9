package io.gongxin.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.calendar.NextYearReminder;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The calendar years the platform knows (R-WD), the reminder to load next year from 1 November, and the form on
 * which the centre administrator types a year's holiday notice ({@link HolidayNoticePages}), next year's when it
 * is due.
 */
@PageController
class CalendarPages {

	private final CalendarView view;

	private final NextYearReminder reminder;

	private final Clock clock;

	CalendarPages(CalendarView view, NextYearReminder reminder, Clock clock) {
		this.view = view;
		this.reminder = reminder;
		this.clock = clock;
	}

	@GetMapping("/console/calendar")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	String years(Model model) {
		int next = reminder.yearToLoad().orElse(LocalDate.now(clock).getYear() + 1);
		return view.page(model, HolidayNotice.blank(next), null);
	}
}
