package io.gongxin.calendar.internal;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.calendar.HolidayCalendar;
import io.gongxin.calendar.NextYearReminder;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar years the platform knows (R-WD), the reminder to load next year from 1 November, and the form on
 * which the centre administrator types a year's holiday notice, checks it, previews its days off and on, and saves
 * it (deadlines are then counted again through {@code CalendarYearChanged}).
 */
@PageController
class CalendarPages {

	private final HolidayCalendar calendar;

	private final NextYearReminder reminder;

	private final Clock clock;

	CalendarPages(HolidayCalendar calendar, NextYearReminder reminder, Clock clock) {
		this.calendar = calendar;
		this.reminder = reminder;
		this.clock = clock;
	}

	@GetMapping("/console/calendar")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	String years(Model model) {
		int next = reminder.yearToLoad().orElse(LocalDate.now(clock).getYear() + 1);
		return page(model, HolidayNotice.blank(next), null);
	}

	/** Checks the notice and shows its days; saves it only when asked to and every row is right. */
	@PostMapping("/console/calendar/notice")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String notice(@ModelAttribute HolidayNotice notice, @RequestParam(defaultValue = "preview") String action,
			Principal principal, Model model, RedirectAttributes redirect) {
		CheckedNotice checked = notice.check();
		if (!checked.valid() || !action.equals("save")) {
			return page(model, notice, checked);
		}
		calendar.load(checked.year(), principal.getName());
		redirect.addFlashAttribute("noticeKey", "calendar.notice.saved");
		redirect.addFlashAttribute("savedYear", checked.year().year());
		return "redirect:/console/calendar";
	}

	private String page(Model model, HolidayNotice notice, CheckedNotice checked) {
		model.addAttribute("years", calendar.years());
		model.addAttribute("missingYear", reminder.yearToLoad().isPresent() ? reminder.yearToLoad().getAsInt() : null);
		model.addAttribute("notice", notice);
		model.addAttribute("checked", checked);
		return "console/calendar";
	}
}
