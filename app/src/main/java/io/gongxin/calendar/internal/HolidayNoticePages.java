package io.gongxin.calendar.internal;

import java.security.Principal;

import io.gongxin.calendar.LoadHolidayYear;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre administrator's holiday notice on the calendar page (R-WD): checked, its days off and on previewed,
 * and saved (deadlines are then counted again through {@code CalendarYearChanged}).
 */
@PageController
class HolidayNoticePages {

	private final LoadHolidayYear calendar;

	private final CalendarView view;

	HolidayNoticePages(LoadHolidayYear calendar, CalendarView view) {
		this.calendar = calendar;
		this.view = view;
	}

	/** Checks the notice and shows its days; saves it only when asked to and every row is right. */
	@PostMapping("/console/calendar/notice")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String notice(@ModelAttribute HolidayNotice notice, @RequestParam(defaultValue = "preview") String action,
			Principal principal, Model model, RedirectAttributes redirect) {
		CheckedNotice checked = notice.check();
		if (!checked.valid() || !action.equals("save")) {
			return view.page(model, notice, checked);
		}
		calendar.load(checked.year(), principal.getName());
		redirect.addFlashAttribute("noticeKey", "calendar.notice.saved");
		redirect.addFlashAttribute("savedYear", checked.year().year());
		return "redirect:/console/calendar";
	}
}
