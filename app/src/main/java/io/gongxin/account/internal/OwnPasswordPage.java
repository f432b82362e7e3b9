package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的账户: changing my password from the page ({@link OwnAccountPage}), this session kept. */
@PageController
@PreAuthorize("isAuthenticated()")
class OwnPasswordPage {

	private final PasswordChanges passwordChanges;

	private final AccountUsers users;

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	OwnPasswordPage(PasswordChanges passwordChanges, AccountUsers users) {
		this.passwordChanges = passwordChanges;
		this.users = users;
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

	/** The change ended every session of the account; this one carries on, under a new session id and the new epoch. */
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
