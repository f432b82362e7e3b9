package io.gongxin.account.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongxin.account.Accounts.IssuedToken;
import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Access that can be taken back: an account's API tokens (issued for a bounded time, listed without their secret,
 * revoked at once) by the account itself or the centre administrator, and the centre's disable and enable.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts", description = "账户与机构 / accounts and organisations")
class AccessController {

	private static final String OWNER_OR_CENTRE = "hasRole('CENTER_ADMIN') or #username.equalsIgnoreCase(authentication.name)";

	private final ApiTokens tokens;

	private final AccountControl control;

	AccessController(ApiTokens tokens, AccountControl control) {
		this.tokens = tokens;
		this.control = control;
	}

	/** {@code validDays} absent: the maximum ({@code gongxin.tokens.max-valid-days}). */
	record TokenRequest(@Size(max = 100) String name, @Min(1) Integer validDays) {
	}

	/** The token is in this answer only; the platform keeps its hash. */
	record TokenIssued(long id, String token, Instant expiresAt) {

		@Override
		public String toString() {
			return "TokenIssued[" + id + ", ***]";
		}
	}

	record TokenList(List<TokenEntry> tokens) {
	}

	record TokenEntry(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime lastUsedAt) {
	}

	/** Why the centre withdraws or restores an account; it goes on the query log. */
	record AccountDecisionRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	@PostMapping("/accounts/{username}/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(OWNER_OR_CENTRE)
	@Operation(summary = "签发接口令牌（仅显示一次，有效期有上限）/ issue an API token, shown once, for a bounded time")
	TokenIssued issue(@PathVariable String username, @Valid @RequestBody(required = false) TokenRequest request,
			Caller caller) {
		String name = request == null || request.name() == null || request.name().isBlank() ? "api"
				: request.name().strip();
		IssuedToken token = tokens.issue(caller, username, name, request == null ? null : request.validDays());
		return new TokenIssued(token.id(), token.token(), token.expiresAt());
	}

	@GetMapping("/accounts/{username}/tokens")
	@PreAuthorize(OWNER_OR_CENTRE)
	@Operation(summary = "有效的接口令牌（不含令牌本身）/ the account's live API tokens, never the secret")
	TokenList list(@PathVariable String username) {
		return new TokenList(tokens.live(username)
			.stream()
			.map(t -> new TokenEntry(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt()))
			.toList());
	}

	@DeleteMapping("/accounts/{username}/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(OWNER_OR_CENTRE)
	@Operation(summary = "撤销接口令牌（立即失效）/ revoke an API token, refused at once")
	void revoke(@PathVariable String username, @PathVariable long id, Caller caller) {
		tokens.revoke(caller, username, id);
	}

	@PostMapping("/accounts/{username}/disable")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "停用账户：密码、令牌、会话立即失效（中心管理员）/ disable an account: passwords, tokens and sessions refused at once")
	AccountControl.AccountState disable(@PathVariable String username,
			@Valid @RequestBody AccountDecisionRequest request, Caller caller) {
		return control.disable(caller, username, request.reason().strip());
	}

	@PostMapping("/accounts/{username}/enable")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "恢复账户（中心管理员）/ enable an account again (centre admin)")
	AccountControl.AccountState enable(@PathVariable String username,
			@Valid @RequestBody AccountDecisionRequest request, Caller caller) {
		return control.enable(caller, username, request.reason().strip());
	}
}
