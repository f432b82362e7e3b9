package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's API tokens ({@link ApiTokens}, {@link AccountTokens}; revoked by {@link TokenRevocationController}),
 * managed by the account itself or the centre administrator.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts", description = "账户与机构 / accounts and organisations")
class TokensController {

	static final String OWNER_OR_CENTRE = "hasRole('CENTER_ADMIN') or #username.equalsIgnoreCase(authentication.name)";

	private final ApiTokens tokens;

	private final AccountTokens live;

	TokensController(ApiTokens tokens, AccountTokens live) {
		this.tokens = tokens;
		this.live = live;
	}

	@PostMapping("/accounts/{username}/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(OWNER_OR_CENTRE)
	@Operation(summary = "签发接口令牌（仅显示一次，有效期有上限）/ issue an API token, shown once, for a bounded time")
	TokenIssued issue(@PathVariable String username, @Valid @RequestBody(required = false) TokenRequest request,
			Caller caller) {
		TokenRequest asked = request == null ? new TokenRequest(null, null) : request;
		return TokenIssued.of(tokens.issue(caller, username, asked.nameOrApi(), asked.validDays()));
	}

	@GetMapping("/accounts/{username}/tokens")
	@PreAuthorize(OWNER_OR_CENTRE)
	@Operation(summary = "有效的接口令牌（不含令牌本身）/ the account's live API tokens, never the secret")
	TokenList list(@PathVariable String username) {
		return new TokenList(live.live(username)
			.stream()
			.map(t -> new TokenEntry(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt()))
			.toList());
	}
}
