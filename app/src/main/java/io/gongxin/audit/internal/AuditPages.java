package io.gongxin.audit.internal;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Who queried me (R-20a, R-34) for the subject; log verification and lookups for auditors. */
@PageController
class AuditPages {

	/** Entries read for the page: repeats merge, so a busy provider cannot push the others out of view. */
	static final int PAGE_ENTRIES = 5000;

	private final AuditController api;

	private final QueryLog log;

	private final SubjectQueries queries;

	AuditPages(AuditController api, QueryLog log, SubjectQueries queries) {
		this.api = api;
		this.log = log;
		this.queries = queries;
	}

	@GetMapping("/me/queries")
	@PreAuthorize("hasRole('SUBJECT')")
	String mine(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		// reads by others first; the platform's own processing (and the person's own reads) below, merged
		model.addAttribute("queries", queries.of(log.forSubject(caller.actingSubject().orElseThrow(), PAGE_ENTRIES),
				caller.username(), true));
		return htmx != null ? "me/queries :: section" : "me/queries";
	}

	@GetMapping("/console/audit")
	@PreAuthorize("hasAnyRole('AUDITOR', 'CENTER_ADMIN')")
	String audit(Model model) {
		return "console/audit";
	}

	/** The result pages answer POST only; a reload or a way back lands on the console page. */
	@GetMapping({ "/console/audit/verification", "/console/audit/queries" })
	@PreAuthorize("hasAnyRole('AUDITOR', 'CENTER_ADMIN')")
	String back() {
		return "redirect:/console/audit";
	}

	@PostMapping("/console/audit/verification")
	@PreAuthorize("hasAnyRole('AUDITOR', 'CENTER_ADMIN')")
	String verify(Model model) {
		model.addAttribute("verification", api.verification());
		return "console/audit";
	}

	/** POST, so the subject's id number stays out of URLs. */
	@PostMapping("/console/audit/queries")
	@PreAuthorize("hasAnyRole('AUDITOR', 'CENTER_ADMIN')")
	String queries(@RequestParam String subjectId, Caller caller, Model model) {
		model.addAttribute("lookup", api.queries(subjectId, caller).entries());
		return "console/audit";
	}
}
