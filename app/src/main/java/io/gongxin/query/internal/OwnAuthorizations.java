package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;

/** A subject's own authorizations (R-20a): listed, and revoked at once. New ones are {@link AuthorizationGrants}. */
@Component
class OwnAuthorizations {

	private final AuthorizationsJdbc authorizations;

	private final Clock clock;

	OwnAuthorizations(AuthorizationsJdbc authorizations, Clock clock) {
		this.authorizations = authorizations;
		this.clock = clock;
	}

	/** The caller's own authorizations, newest first. */
	List<Authorization> of(Caller caller) {
		return authorizations.of(caller.actingSubject().orElseThrow());
	}

	/** Revokes one of the caller's own authorizations; anyone else's is unknown to it. */
	void revoke(Caller caller, long id) {
		Authorization authorization = authorizations.find(id)
			.filter(a -> a.subject().equals(caller.actingSubject().orElse(null)))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_AUTHORIZATION",
					Map.of("id", id), String.valueOf(id)));
		authorizations.revoke(authorization.id(), OffsetDateTime.now(clock));
	}
}
