package io.gongxin.dispute.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * centre staff file an objection for a person at the counter (窗口代为提出), about one of its records or a
 * missing one, with the person's consent recorded.
 */
@PageController
class CounterFilingPage {

	private final ObjectionFilingController api;

	private final RequestChecks checks;

	CounterFilingPage(ObjectionFilingController api, RequestChecks checks) {
		this.api = api;
		this.checks = checks;
	}

	@PostMapping("/console/objections")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	String fileAtCounter(@RequestParam String subjectId, @RequestParam(required = false) Long recordId,
			@RequestParam(required = false) String item, @RequestParam(required = false) String description,
			@RequestParam String reason, @RequestParam String statement, @RequestParam String consentMethod,
			@RequestParam String consentReference, Caller caller, RedirectAttributes redirect) {
		Omission omission = recordId == null ? new Omission(item, null, description) : null;
		api.object(checks.valid(new NewObjection(recordId, reason, statement, omission, subjectId,
				new Consent(consentMethod, consentReference))), caller);
		redirect.addFlashAttribute("noticeKey", "console.objection.filed");
		return "redirect:/console/objections";
	}
}
