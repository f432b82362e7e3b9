package io.gongxin.stats.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The centre's figures as JSON, for the dashboard and for the centre's own tools. */
@RestController
@Tag(name = "stats", description = "统计监测 / the centre's figures")
class StatsController {

	private final Statistics statistics;

	StatsController(Statistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/v1/stats/dashboard")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	@Operation(summary = "归集、时效、异议、查询与措施的统计（近12个月）/ the dashboard's figures, last 12 months")
	DashboardFigures dashboard() {
		return statistics.dashboard();
	}
}
