package io.gongxin.stats.internal;

import io.gongxin.calendar.NextYearReminder;
import io.gongxin.platform.PageController;
import tools.jackson.databind.ObjectMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's home: the dashboard's charts (Apache ECharts), the way to each console page, and the reminders due. */
@PageController
class DashboardPage {

	private final Statistics statistics;

	private final ObjectMapper json;

	private final io.gongxin.account.Accounts accounts;

	private final io.gongxin.catalog.Catalogs catalogs;

	private final org.springframework.context.MessageSource messages;

	private final NextYearReminder reminder;

	DashboardPage(Statistics statistics, ObjectMapper json, io.gongxin.account.Accounts accounts,
			io.gongxin.catalog.Catalogs catalogs, org.springframework.context.MessageSource messages,
			NextYearReminder reminder) {
		this.statistics = statistics;
		this.json = json;
		this.accounts = accounts;
		this.catalogs = catalogs;
		this.messages = messages;
		this.reminder = reminder;
	}

	@GetMapping("/console")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	String dashboard(Model model, java.util.Locale locale) {
		var figures = statistics.dashboard();
		model.addAttribute("figures", figures);
		// inside <script>: no "</script>" can come through from the data
		model.addAttribute("figuresJson", json.writeValueAsString(figures).replace("<", "\\u003c"));
		ChartNames names = ChartNames.of(accounts.organisations(), catalogs.published(), messages, locale);
		model.addAttribute("names", names);
		model.addAttribute("namesJson", json.writeValueAsString(names).replace("<", "\\u003c"));
		// R-WD: from 1 November, next year's holiday notice is due
		model.addAttribute("missingYear", reminder.yearToLoad().isPresent() ? reminder.yearToLoad().getAsInt() : null);
		return "console/index";
	}
}
