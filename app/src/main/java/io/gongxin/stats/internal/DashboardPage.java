package io.gongxin.stats.internal;

import io.gongxin.platform.PageController;
import tools.jackson.databind.ObjectMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's home: the dashboard's charts (Apache ECharts) and the way to each console page. */
@PageController
class DashboardPage {

	private final Statistics statistics;

	private final ObjectMapper json;

	DashboardPage(Statistics statistics, ObjectMapper json) {
		this.statistics = statistics;
		this.json = json;
	}

	@GetMapping("/console")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	String dashboard(Model model) {
		var figures = statistics.dashboard();
		model.addAttribute("figures", figures);
		// inside <script>: no "</script>" can come through from the data
		model.addAttribute("figuresJson", json.writeValueAsString(figures).replace("<", "\\u003c"));
		return "console/index";
	}
}
