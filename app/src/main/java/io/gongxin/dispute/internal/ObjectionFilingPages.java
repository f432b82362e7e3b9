package io.gongxin.dispute.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The subject files an objection from its page: to one of its records, or about a missing one. */
@PageController
class ObjectionFilingPages {

	private final ObjectionFilingController api;

	private final RequestChecks checks;

	ObjectionFilingPages(ObjectionFilingController api, RequestChecks checks) {
		this.api = api;
		this.checks = checks;
	}

	/** a record the subject lacks (遗漏), reported with the item and what is missing. */
	@PostMapping("/me/objections/omissions")
	@PreAuthorize("hasRole('SUBJECT')")
	String omission(@RequestParam String item, @RequestParam String description, @RequestParam String statement,
			Caller caller, RedirectAttributes redirect) {
		api.object(checks.valid(new NewObjection(null, "ERROR_OR_OMISSION", statement,
				new Omission(item, null, description), null, null)), caller);
		redirect.addFlashAttribute("noticeKey", "me.omission.done");
		return "redirect:/me#objections";
	}

	@PostMapping("/me/objections")
	@PreAuthorize("hasRole('SUBJECT')")
	String object(@RequestParam long recordId, @RequestParam String reason, @RequestParam String statement,
			Caller caller, RedirectAttributes redirect) {
		api.object(checks.valid(new NewObjection(recordId, reason, statement)), caller);
		redirect.addFlashAttribute("noticeKey", "me.object.done");
		return "redirect:/me#objections";
	}
}
