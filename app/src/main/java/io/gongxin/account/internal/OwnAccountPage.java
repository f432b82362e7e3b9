package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的账户: who I am signed in as and my API tokens (issue, list, revoke); the password: {@link OwnPasswordPage}. */
@PageController
@PreAuthorize("isAuthenticated()")
class OwnAccountPage {

	private final TokensController tokens;

	private final TokenRevocationController revocation;

	private final RequestChecks checks;

	OwnAccountPage(TokensController tokens, TokenRevocationController revocation, RequestChecks checks) {
		this.tokens = tokens;
		this.revocation = revocation;
		this.checks = checks;
	}

	@GetMapping("/account")
	String account(Caller caller, Model model) {
		model.addAttribute("tokens", tokens.list(caller.username()).tokens());
		return "account";
	}

	@PostMapping("/account/tokens")
	String issueToken(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer validDays,
			Caller caller, RedirectAttributes redirect) {
		var issued = tokens.issue(caller.username(),
				checks.valid(new TokenRequest(name.isBlank() ? null : name, validDays)), caller);
		// shown once, on the next page only; the platform keeps its hash
		redirect.addFlashAttribute("issuedToken", issued.token());
		redirect.addFlashAttribute("noticeKey", "account.tokens.issued");
		return "redirect:/account#tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Caller caller, RedirectAttributes redirect) {
		revocation.revoke(caller.username(), id, caller);
		redirect.addFlashAttribute("noticeKey", "account.tokens.revoked");
		return "redirect:/account#tokens";
	}
}
