package io.gongxin.query.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

/** A subject grants, lists and revokes authorizations to see its non-public items (R-20a). */
@RestController
@RequestMapping("/api/v1/authorizations")
@Tag(name = "query")
class AuthorizationsController {

	private final AuthorizationsJdbc authorizations;

	private final Accounts accounts;

	private final Catalogs catalogs;

	private final Clock clock;

	AuthorizationsController(AuthorizationsJdbc authorizations, Accounts accounts, Catalogs catalogs, Clock clock) {
		this.authorizations = authorizations;
		this.accounts = accounts;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	record Grant(@NotBlank @Size(max = 32) String grantee, @Size(max = 100) List<@NotBlank @Size(max = 64) String> items,
			@NotBlank @Size(max = 200) String purpose,
			@NotNull LocalDate validUntil) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "授权机构查询本人非公开信息 / authorize an organisation")
	Map<String, Object> grant(@Valid @RequestBody Grant grant, Caller caller) {
		SubjectKey subject = caller.actingSubject().orElseThrow();
		String grantee = grant.grantee().strip();
		if (accounts.organisation(grantee).isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "UNKNOWN_ORGANISATION", Map.of("organisation", grantee),
					grantee);
		}
		if (grant.items() != null) {
			List<String> unknown = grant.items().stream().filter(i -> catalogs.published().item(i).isEmpty()).toList();
			if (!unknown.isEmpty() || grant.items().isEmpty()) {
				throw new DomainException(DomainException.Kind.INVALID, "UNKNOWN_ITEM", Map.of("items", unknown),
						String.join(",", unknown));
			}
		}
		if (grant.validUntil().isBefore(LocalDate.now(clock))) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_VALID_UNTIL", java.util.Map.of("field", "validUntil"));
		}
		long id = authorizations.grant(subject, grantee, grant.items(), grant.purpose().strip(), grant.validUntil(),
				OffsetDateTime.now(clock), caller.username());
		return Map.of("id", id);
	}

	@GetMapping
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "本人的授权 / my authorizations")
	List<Authorization> list(Caller caller) {
		return authorizations.of(caller.actingSubject().orElseThrow());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "撤回授权，即时生效 / revoke an authorization, at once")
	Map<String, Object> revoke(@PathVariable long id, Caller caller) {
		Authorization authorization = authorizations.find(id)
			.filter(a -> a.subject().equals(caller.actingSubject().orElse(null)))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_AUTHORIZATION",
					Map.of("id", id), String.valueOf(id)));
		authorizations.revoke(authorization.id(), OffsetDateTime.now(clock));
		return Map.of("id", id, "revoked", true);
	}
}
