package io.gongxin.report.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.platform.ClientThrottle;
import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.report.CreditReports;
import io.gongxin.report.ReportRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A subject's report from the portal's pages (signed in by the session or anonymous, same rules as the API); the
 * subject's own report is {@link OwnReportPages}, the verification by number {@link VerifyPage}.
 */
@PageController
class ReportPages implements PublicEndpoints {

	private final CreditReports reports;

	private final ClientThrottle throttle;

	ReportPages(CreditReports reports, ClientThrottle throttle) {
		this.reports = reports;
		this.throttle = throttle;
	}

	@GetMapping("/reports/subject")
	ResponseEntity<byte[]> subject(@RequestParam String id, @RequestParam(required = false) String format,
			Caller caller, jakarta.servlet.http.HttpServletRequest request) {
		AnonymousReports.count(throttle, caller, request);
		return ReportResponses.of(reports.issue(new ReportRequest(id, caller, null, null,
				ReportFormats.of(format, null))));
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/reports/subject"));
	}
}
