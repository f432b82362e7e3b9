package io.gongxin.report.internal;

import java.net.URI;
import java.util.Locale;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.report.CreditReports;
import io.gongxin.report.ReportRequest;
import io.gongxin.subject.Subjects;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The subject's own report as a counted copy, no id number in the URL; beyond the free ones confirmed first. */
@PageController
class OwnReportPages {

	private final CreditReports reports;

	private final Subjects subjects;

	private final OwnReports own;

	OwnReportPages(CreditReports reports, Subjects subjects, OwnReports own) {
		this.reports = reports;
		this.subjects = subjects;
		this.own = own;
	}

	@GetMapping("/reports/mine")
	@PreAuthorize("hasRole('SUBJECT')")
	ResponseEntity<byte[]> mine(@RequestParam(required = false) String format,
			@RequestParam(defaultValue = "false") boolean confirmed, Caller caller) {
		String wanted = ReportFormats.of(format, null);
		if (!confirmed && own.nextIsBeyondFree(caller.actingSubject().orElseThrow())) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create("/reports/mine/confirmation?format=" + wanted.toLowerCase(Locale.ROOT)))
				.build();
		}
		String id = subjects.identifierOf(caller.actingSubject().orElseThrow()).value();
		return ReportResponses.of(reports.issue(new ReportRequest(id, caller, null, null, wanted)));
	}

	/** Issue 14: what a copy beyond the free ones means, before it is made. */
	@GetMapping("/reports/mine/confirmation")
	@PreAuthorize("hasRole('SUBJECT')")
	String confirmation(@RequestParam(required = false) String format, Caller caller, Model model) {
		model.addAttribute("format", ReportFormats.of(format, null).toLowerCase(Locale.ROOT));
		model.addAttribute("obtained", own.obtainedThisYear(caller.actingSubject().orElseThrow()));
		model.addAttribute("free", own.freePerYear());
		return "me/report-confirmation";
	}
}
