package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.RequestChecks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的账户: who I am signed in as, changing my password, and my API tokens (issue, list, revoke). */
@PageController
@PreAuthorize("isAuthenticated()")
class OwnAccountPage {

	private final PasswordChanges passwordChanges;

	private final AccountUsers users;

	private final AccessController access;

	private final RequestChecks checks;

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	OwnAccountPage(PasswordChanges passwordChanges, AccountUsers users, AccessController access, RequestChecks checks) {
		this.access = access;
		this.checks = checks;
		this.passwordChanges = passwordChanges;
		this.users = users;
	}

	@GetMapping("/account")
	String account(Caller caller, Model model) {
		model.addAttribute("tokens", access.list(caller.username()).tokens());
		return "account";
	}

	@PostMapping("/account/tokens")
	String issueToken(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer validDays,
			Caller caller, RedirectAttributes redirect) {
		var issued = access.issue(caller.username(),
				checks.valid(new AccessController.TokenRequest(name.isBlank() ? null : name, validDays)), caller);
		// shown once, on the next page only; the platform keeps its hash
		redirect.addFlashAttribute("issuedToken", issued.token());
		redirect.addFlashAttribute("noticeKey", "account.tokens.issued");
		return "redirect:/account#tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Caller caller, RedirectAttributes redirect) {
		access.revoke(caller.username(), id, caller);
		redirect.addFlashAttribute("noticeKey", "account.tokens.revoked");
		return "redirect:/account#tokens";
	}

	@PostMapping("/account/password")
	String change(@RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String repeatPassword, Caller caller, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		if (!newPassword.equals(repeatPassword)) {
			throw new DomainException(DomainException.Kind.INVALID, "PASSWORDS_DIFFER");
		}
		passwordChanges.change(caller, request.getRemoteAddr(), currentPassword, newPassword);
		keepThisSession(caller, request, response);
		redirect.addFlashAttribute("noticeKey", "account.password.changed");
		return "redirect:/account";
	}

	/**
	 * The change ended every session of the account; the one that made it carries on, under a new session id and
	 * the account's new epoch.
	 */
	private void keepThisSession(Caller caller, HttpServletRequest request, HttpServletResponse response) {
		users.find(caller.username()).ifPresent(user -> {
			user.eraseCredentials();
			if (request.getSession(false) != null) {
				request.changeSessionId();
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			sessions.saveContext(context, request, response);
		});
	}
}
