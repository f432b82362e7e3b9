package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Access that can be taken back: the centre's disable and enable of an account (an account's API tokens are
 * {@link TokensController}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts", description = "账户与机构 / accounts and organisations")
class AccessController {

	private final AccountControl control;

	AccessController(AccountControl control) {
		this.control = control;
	}

	@PostMapping("/accounts/{username}/disable")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "停用账户：密码、令牌、会话立即失效（中心管理员）/ disable an account: passwords, tokens and sessions refused at once")
	AccountState disable(@PathVariable String username,
			@Valid @RequestBody AccountDecisionRequest request, Caller caller) {
		return control.disable(caller, username, request.reason().strip());
	}

	@PostMapping("/accounts/{username}/enable")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "恢复账户（中心管理员）/ enable an account again (centre admin)")
	AccountState enable(@PathVariable String username,
			@Valid @RequestBody AccountDecisionRequest request, Caller caller) {
		return control.enable(caller, username, request.reason().strip());
	}
}
