package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An account changes its own password ({@link PasswordChanges}). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts", description = "账户与机构 / accounts and organisations")
class PasswordController {

	private final PasswordChanges passwordChanges;

	PasswordController(PasswordChanges passwordChanges) {
		this.passwordChanges = passwordChanges;
	}

	@PostMapping("/accounts/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "修改本账户密码 / change the calling account's password")
	void changePassword(@Valid @RequestBody PasswordChange change, Caller caller, HttpServletRequest request) {
		passwordChanges.change(caller, request.getRemoteAddr(), change.currentPassword(), change.newPassword());
	}
}
