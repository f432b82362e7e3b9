package io.gongxin.audit.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Log verification and lookups for auditors and the centre; the subject's own page is {@link OwnQueriesPage}. */
@PageController
class AuditPages {

	private final AuditController api;

	private final LogVerificationController verification;

	AuditPages(AuditController api, LogVerificationController verification) {
		this.api = api;
		this.verification = verification;
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
		model.addAttribute("verification", verification.verification());
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
