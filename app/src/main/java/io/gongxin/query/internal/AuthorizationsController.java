package io.gongxin.query.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

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

/** A subject grants, lists and revokes authorizations to see its non-public items (R-20a). */
@RestController
@RequestMapping("/api/v1/authorizations")
@Tag(name = "query")
class AuthorizationsController {

	private final AuthorizationGrants grants;

	private final OwnAuthorizations own;

	AuthorizationsController(AuthorizationGrants grants, OwnAuthorizations own) {
		this.grants = grants;
		this.own = own;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "授权机构查询本人非公开信息 / authorize an organisation")
	AuthorizationGranted grant(@Valid @RequestBody AuthorizationRequest request, Caller caller) {
		return new AuthorizationGranted(grants.grant(caller, request));
	}

	@GetMapping
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "本人的授权 / my authorizations")
	List<Authorization> list(Caller caller) {
		return own.of(caller);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "撤回授权，即时生效 / revoke an authorization, at once")
	AuthorizationRevoked revoke(@PathVariable long id, Caller caller) {
		own.revoke(caller, id);
		return new AuthorizationRevoked(id, true);
	}
}
