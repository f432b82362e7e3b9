package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的账户: who I am signed in as, and changing my password. */
@PageController
@PreAuthorize("isAuthenticated()")
class OwnAccountPage {

	private final PasswordChanges passwordChanges;

	OwnAccountPage(PasswordChanges passwordChanges) {
		this.passwordChanges = passwordChanges;
	}

	@GetMapping("/account")
	String account() {
		return "account";
	}

	@PostMapping("/account/password")
	String change(@RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String repeatPassword, Caller caller, RedirectAttributes redirect) {
		if (!newPassword.equals(repeatPassword)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "PASSWORDS_DIFFER");
		}
		passwordChanges.change(caller, currentPassword, newPassword);
		redirect.addFlashAttribute("noticeKey", "account.password.changed");
		return "redirect:/account";
	}
}
