package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;

/** A subject revokes one of its authorizations (R-20a): the revocation holds at once. */
@Component
class AuthorizationRevocations {

	private final AuthorizationsJdbc authorizations;

	private final Clock clock;

	AuthorizationRevocations(AuthorizationsJdbc authorizations, Clock clock) {
		this.authorizations = authorizations;
		this.clock = clock;
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
