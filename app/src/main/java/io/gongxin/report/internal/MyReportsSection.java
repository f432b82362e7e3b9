package io.gongxin.report.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** The reports section of the person's page (issue 14): the free reports obtained this year, and a preview. */
@PageController
class MyReportsSection {

	private final Subjects subjects;

	private final OwnReports own;

	private final ReportPreviews previews;

	MyReportsSection(Subjects subjects, OwnReports own, ReportPreviews previews) {
		this.subjects = subjects;
		this.own = own;
		this.previews = previews;
	}

	/** N of the free reports obtained this year, preview and copies. */
	@GetMapping("/me/reports")
	@PreAuthorize("hasRole('SUBJECT')")
	String section(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("obtained", own.obtainedThisYear(caller.actingSubject().orElseThrow()));
		model.addAttribute("free", own.freePerYear());
		return htmx != null ? "me/reports :: section" : "me/reports";
	}

	/** The report on screen, marked as a preview; no number, not kept, not counted. */
	@GetMapping(path = "/reports/mine/preview", produces = "text/html;charset=UTF-8")
	@PreAuthorize("hasRole('SUBJECT')")
	ResponseEntity<String> preview(Caller caller) {
		Subject subject = subjects.find(caller.actingSubject().orElseThrow()).orElseThrow();
		String id = subjects.identifierOf(subject.key()).value();
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(previews.preview(subject, caller, id, LocaleContextHolder.getLocale()));
	}
}
