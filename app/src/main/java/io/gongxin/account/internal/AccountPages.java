package io.gongxin.account.internal;

import java.util.List;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre's accounts: who may do what, which are disabled, for which some client must wait after failed
 * logins; open an account (disable, enable and lifting the waits: {@link AccountDecisionPages}).
 */
@PageController
@PreAuthorize("hasRole('CENTER_ADMIN')")
class AccountPages {

	private final AccountController api;

	private final Accounts directory;

	private final AccountRows rows;

	private final RequestChecks checks;

	AccountPages(AccountController api, Accounts directory, AccountRows rows, RequestChecks checks) {
		this.api = api;
		this.directory = directory;
		this.rows = rows;
		this.checks = checks;
	}

	@GetMapping("/console/accounts")
	String accounts(Model model) {
		model.addAttribute("accounts", rows.listed());
		model.addAttribute("organisations", directory.organisations());
		model.addAttribute("roles", List.of("CENTER_ADMIN", "CENTER_OPERATOR", "PROVIDER", "GOV_QUERIER", "AGENCY",
				"SUBJECT", "AUDITOR"));
		return "console/accounts";
	}

	@PostMapping("/console/accounts")
	String open(@RequestParam String username, @RequestParam String password, @RequestParam String role,
			@RequestParam(defaultValue = "") String organisation, @RequestParam(defaultValue = "") String subjectId,
			Caller caller, RedirectAttributes redirect) {
		api.open(checks.valid(new AccountRequest(username.strip(), password, role,
				organisation.isBlank() ? null : organisation, subjectId.isBlank() ? null : subjectId)), caller);
		redirect.addFlashAttribute("noticeKey", "console.accounts.opened");
		return "redirect:/console/accounts";
	}
}
