package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An API token revoked by its account or the centre administrator, refused at once ({@link TokenRevocation}). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts", description = "账户与机构 / accounts and organisations")
class TokenRevocationController {

	private final TokenRevocation revocation;

	TokenRevocationController(TokenRevocation revocation) {
		this.revocation = revocation;
	}

	@DeleteMapping("/accounts/{username}/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(TokensController.OWNER_OR_CENTRE)
	@Operation(summary = "撤销接口令牌（立即失效）/ revoke an API token, refused at once")
	void revoke(@PathVariable String username, @PathVariable long id, Caller caller) {
		revocation.revoke(caller, username, id);
	}
}
