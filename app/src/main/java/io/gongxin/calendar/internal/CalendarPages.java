package io.gongxin.calendar.internal;

import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The calendar years the platform knows (R-WD); a new year is loaded over the API. */
@PageController
class CalendarPages {

	private final CalendarController api;

	CalendarPages(CalendarController api) {
		this.api = api;
	}

	@GetMapping("/console/calendar")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	String years(Model model) {
		model.addAttribute("years", api.years());
		return "console/calendar";
	}
}
