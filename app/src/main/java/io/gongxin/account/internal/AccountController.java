package io.gongxin.account.internal;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.account.NewAccount;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
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

	AccountController(Accounts accounts, Identifiers identifiers, Subjects subjects) {
		this.accounts = accounts;
		this.identifiers = identifiers;
		this.subjects = subjects;
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "开设账户（中心管理员）/ open an account (centre admin)")
	AccountAnswer open(@Valid @RequestBody AccountRequest request, Caller caller) {
		var role = request.chosenRole();
		SubjectIdentifier subject = null;
		if (request.subjectId() != null && !request.subjectId().isBlank()) {
			// a code valid both ways binds the subject the platform already knows under it
			subject = subjects.reading(identifiers.checkField(request.subjectId(), "subjectId"), null);
		}
		return AccountAnswer.of(accounts.open(
				new NewAccount(request.username(), request.password(), role, request.organisation(), subject),
				caller.username()), subjects);
	}

	@GetMapping("/accounts/me")
	@Operation(summary = "当前账户 / the calling account")
	AccountAnswer me(Caller caller) {
		return AccountAnswer.of(caller, subjects);
	}
}
