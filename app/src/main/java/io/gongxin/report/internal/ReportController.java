package io.gongxin.report.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.report.CreditReports;
import io.gongxin.report.IssuedReport;
import io.gongxin.report.ReportRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Credit reports (API.md, Reports): issued as HTML or PDF ({@link ReportFormats}), as the caller may see them. */
@RestController
@Tag(name = "report", description = "信用报告 / credit reports (R-34)")
class ReportController implements PublicEndpoints {

	private final CreditReports reports;

	private final io.gongxin.platform.ClientThrottle throttle;

	ReportController(CreditReports reports, io.gongxin.platform.ClientThrottle throttle) {
		this.reports = reports;
		this.throttle = throttle;
	}

	@GetMapping(path = "/api/v1/subjects/{id}/report", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_HTML_VALUE })
	@Operation(summary = "信用报告（HTML 或 PDF，按查询者权限）/ a credit report, as the caller may see it",
			description = "Accept: application/pdf gives the PDF (or ?format=pdf), otherwise HTML. A government querier "
					+ "declares matter and purpose. The number is in the X-Report-Number header and on the report.")
	ResponseEntity<byte[]> report(@PathVariable String id, @RequestParam(required = false) String matter,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Caller caller,
			jakarta.servlet.http.HttpServletRequest request) {
		AnonymousReports.count(throttle, caller, request);
		IssuedReport report = reports.issue(new ReportRequest(id, caller, matter, purpose,
				ReportFormats.of(format, accept)));
		return ReportResponses.of(report);
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/subjects/*/report"));
	}
}
