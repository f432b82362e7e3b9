package io.gongxin.account.internal;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts", description = "账户与机构 / accounts and organisations")
class AccountController {

	private final Accounts accounts;

	private final Identifiers identifiers;

	private final Subjects subjects;

	private final PasswordChanges passwordChanges;

	private final AccountControl control;

	AccountController(Accounts accounts, Identifiers identifiers, Subjects subjects, PasswordChanges passwordChanges,
			AccountControl control) {
		this.passwordChanges = passwordChanges;
		this.accounts = accounts;
		this.identifiers = identifiers;
		this.subjects = subjects;
		this.control = control;
	}

	record AccountRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}") String username,
			@NotBlank @Size(max = 128) String password, @NotBlank @Size(max = 32) String role,
			@Size(max = 32) String organisation, @Size(max = 32) String subjectId) {

		@Override
		public String toString() {
			return "AccountRequest[" + username + ", " + role + "]";
		}
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "开设账户（中心管理员）/ open an account (centre admin)")
	AccountAnswer open(@Valid @RequestBody AccountRequest request, Caller caller) {
		Role role = role(request.role());
		SubjectIdentifier subject = null;
		if (request.subjectId() != null && !request.subjectId().isBlank()) {
			// a code valid both ways binds the subject the platform already knows under it
			subject = subjects.reading(identifiers.checkField(request.subjectId(), "subjectId"), null);
		}
		return describe(accounts.open(
				new NewAccount(request.username(), request.password(), role, request.organisation(), subject),
				caller.username()));
	}

	@GetMapping("/accounts/me")
	@Operation(summary = "当前账户 / the calling account")
	AccountAnswer me(Caller caller) {
		return describe(caller);
	}

	record PasswordChange(@NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {

		@Override
		public String toString() {
			return "PasswordChange[***]";
		}
	}

	@PostMapping("/accounts/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "修改本账户密码 / change the calling account's password")
	void changePassword(@Valid @RequestBody PasswordChange change, Caller caller, HttpServletRequest request) {
		passwordChanges.change(caller, request.getRemoteAddr(), change.currentPassword(), change.newPassword());
	}

	@PostMapping("/accounts/{username}/unlock")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "解除所有客户端的登录等待（中心管理员）/ lift every client's login wait (centre admin)")
	UnlockAnswer unlock(@PathVariable String username, Caller caller) {
		control.unlock(caller, username);
		return new UnlockAnswer(username, false);
	}

	private static Role role(String name) {
		try {
			return Role.valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_ROLE", Map.of("role", name), name);
		}
	}

	/** An account as API.md shows it; {@code subject} only on a SUBJECT account. */
	record AccountAnswer(String username, Role role, String organisation,
			@JsonInclude(JsonInclude.Include.NON_NULL) BoundSubject subject) {
	}

	/** The subject a SUBJECT account acts as, shown as anyone may see it: a person's number masked. */
	record BoundSubject(SubjectType type, String id) {
	}

	/** {@code POST /accounts/{username}/unlock}: every client's login wait is lifted. */
	record UnlockAnswer(String username, boolean locked) {
	}

	private AccountAnswer describe(Caller caller) {
		BoundSubject subject = caller.actingSubject()
			.flatMap(subjects::find)
			.map(s -> new BoundSubject(s.type(), s.displayIdentifier()))
			.orElse(null);
		return new AccountAnswer(caller.username(), caller.role(), caller.organisation(), subject);
	}
}
