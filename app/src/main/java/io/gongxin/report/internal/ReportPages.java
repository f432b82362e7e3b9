package io.gongxin.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.report.CreditReports;
import io.gongxin.report.ReportRequest;
import io.gongxin.subject.Subjects;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reports from the pages (signed in by the session, same rules as the API) and the portal's verification by
 * number.
 */
@PageController
class ReportPages implements PublicEndpoints {

	private final CreditReports reports;

	private final ReportsJdbc issued;

	private final Subjects subjects;

	private final Clock clock;

	private final io.gongxin.platform.ClientThrottle throttle;

	ReportPages(CreditReports reports, ReportsJdbc issued, Subjects subjects, Clock clock, io.gongxin.platform.ClientThrottle throttle) {
		this.throttle = throttle;
		this.reports = reports;
		this.issued = issued;
		this.subjects = subjects;
		this.clock = clock;
	}

	@GetMapping("/reports/subject")
	ResponseEntity<byte[]> subject(@RequestParam String id, @RequestParam(required = false) String format,
			Caller caller, jakarta.servlet.http.HttpServletRequest request) {
		AnonymousReports.count(throttle, caller, request);
		return ReportController.respond(reports.issue(new ReportRequest(id, caller, null, null,
				ReportController.formatOf(format, null))));
	}

	/** The subject's own report, without its id number in the URL. */
	@GetMapping("/reports/mine")
	@PreAuthorize("hasRole('SUBJECT')")
	ResponseEntity<byte[]> mine(@RequestParam(required = false) String format, Caller caller) {
		String id = subjects.identifierOf(caller.actingSubject().orElseThrow()).value();
		return ReportController.respond(reports.issue(new ReportRequest(id, caller, null, null,
				ReportController.formatOf(format, null))));
	}

	/** A digest is 64 characters; a pasted one with spaces or line breaks stays well under this. */
	private static final int MAX_DIGEST_INPUT = 200;

	@GetMapping("/portal/verify")
	String verify(@RequestParam(required = false) String number, @RequestParam(required = false) String digest,
			Model model) {
		if (number != null && !number.isBlank()) {
			Optional<ReportsJdbc.Verification> found = issued.lookup(number);
			if (digest != null && !digest.isBlank()) {
				// the page compares the digest itself, so nobody has to compare 64 characters by eye
				String typed = digest.length() > MAX_DIGEST_INPUT ? digest.substring(0, MAX_DIGEST_INPUT) : digest;
				model.addAttribute("digest", typed.strip());
				model.addAttribute("digestMatches", found.map(f -> f.digestMatches(typed)).orElse(false));
			}
			model.addAttribute("number", number.strip());
			model.addAttribute("found", found.orElse(null));
			model.addAttribute("valid", found.map(f -> f.validOn(LocalDate.now(clock))).orElse(false));
			model.addAttribute("checked", true);
		}
		return "portal/verify";
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/reports/subject"), Endpoint.get("/portal/verify"));
	}

}
