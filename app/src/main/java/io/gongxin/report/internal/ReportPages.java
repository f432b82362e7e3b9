package io.gongxin.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.report.CreditReports;
import io.gongxin.report.ReportRequest;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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

	private final OwnReports own;

	ReportPages(CreditReports reports, ReportsJdbc issued, Subjects subjects, Clock clock,
			io.gongxin.platform.ClientThrottle throttle, OwnReports own) {
		this.own = own;
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

	/**
	 * The subject's own report, without its id number in the URL: a numbered copy that counts. A copy beyond
	 * the free ones of the year is confirmed first (issue 14).
	 */
	@GetMapping("/reports/mine")
	@PreAuthorize("hasRole('SUBJECT')")
	ResponseEntity<byte[]> mine(@RequestParam(required = false) String format,
			@RequestParam(defaultValue = "false") boolean confirmed, Caller caller) {
		String wanted = ReportController.formatOf(format, null);
		if (!confirmed && own.nextIsBeyondFree(caller.actingSubject().orElseThrow())) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create("/reports/mine/confirmation?format=" + wanted.toLowerCase(Locale.ROOT)))
				.build();
		}
		String id = subjects.identifierOf(caller.actingSubject().orElseThrow()).value();
		return ReportController.respond(reports.issue(new ReportRequest(id, caller, null, null, wanted)));
	}

	/** Issue 14: what a copy beyond the free ones means, before it is made. */
	@GetMapping("/reports/mine/confirmation")
	@PreAuthorize("hasRole('SUBJECT')")
	String confirmation(@RequestParam(required = false) String format, Caller caller, Model model) {
		model.addAttribute("format", ReportController.formatOf(format, null).toLowerCase(Locale.ROOT));
		model.addAttribute("obtained", own.obtainedThisYear(caller.actingSubject().orElseThrow()));
		model.addAttribute("free", own.freePerYear());
		return "me/report-confirmation";
	}

	/** Issue 14: the report on screen, marked as a preview; no number, not kept, not counted. */
	@GetMapping(path = "/reports/mine/preview", produces = "text/html;charset=UTF-8")
	@PreAuthorize("hasRole('SUBJECT')")
	ResponseEntity<String> preview(Caller caller) {
		Subject subject = subjects.find(caller.actingSubject().orElseThrow()).orElseThrow();
		String id = subjects.identifierOf(subject.key()).value();
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(own.preview(subject, caller, id, LocaleContextHolder.getLocale()));
	}

	/** The reports section of the person's page: N of the free reports obtained this year, preview and copies. */
	@GetMapping("/me/reports")
	@PreAuthorize("hasRole('SUBJECT')")
	String section(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("obtained", own.obtainedThisYear(caller.actingSubject().orElseThrow()));
		model.addAttribute("free", own.freePerYear());
		return htmx != null ? "me/reports :: section" : "me/reports";
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
