package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The centre's decisions on an account from the console: disable or enable it (with a reason), lift its waits. */
@PageController
@PreAuthorize("hasRole('CENTER_ADMIN')")
class AccountDecisionPages {

	private final AccessController access;

	private final LoginWaitController waits;

	private final RequestChecks checks;

	AccountDecisionPages(AccessController access, LoginWaitController waits, RequestChecks checks) {
		this.access = access;
		this.waits = waits;
		this.checks = checks;
	}

	@PostMapping("/console/accounts/{username}/disable")
	String disable(@PathVariable String username, @RequestParam String reason, Caller caller,
			RedirectAttributes redirect) {
		access.disable(username, checks.valid(new AccountDecisionRequest(reason)), caller);
		redirect.addFlashAttribute("noticeKey", "console.accounts.disabled");
		return "redirect:/console/accounts";
	}

	@PostMapping("/console/accounts/{username}/enable")
	String enable(@PathVariable String username, @RequestParam String reason, Caller caller,
			RedirectAttributes redirect) {
		access.enable(username, checks.valid(new AccountDecisionRequest(reason)), caller);
		redirect.addFlashAttribute("noticeKey", "console.accounts.enabled");
		return "redirect:/console/accounts";
	}

	@PostMapping("/console/accounts/{username}/unlock")
	String unlock(@PathVariable String username, Caller caller, RedirectAttributes redirect) {
		waits.unlock(username, caller);
		redirect.addFlashAttribute("noticeKey", "console.accounts.unlocked");
		return "redirect:/console/accounts";
	}
}
