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

import org.springframework.stereotype.Component;

/**
 * A subject grants authorizations to see its non-public items (R-20a): to a known organisation, for items of the
 * published catalog (or all of them), until a day not yet past. Listed and revoked by {@link OwnAuthorizations}.
 */
@Component
class AuthorizationGrants {

	private final AuthorizationsJdbc authorizations;

	private final Accounts accounts;

	private final Catalogs catalogs;

	private final Clock clock;

	AuthorizationGrants(AuthorizationsJdbc authorizations, Accounts accounts, Catalogs catalogs, Clock clock) {
		this.authorizations = authorizations;
		this.accounts = accounts;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	/** @return the new authorization's id */
	long grant(Caller caller, AuthorizationRequest grant) {
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
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_VALID_UNTIL", Map.of("field", "validUntil"));
		}
		return authorizations.grant(subject, grantee, grant.items(), grant.purpose().strip(), grant.validUntil(),
				OffsetDateTime.now(clock), caller.username());
	}
}
