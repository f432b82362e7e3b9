package io.gongxin.account.internal;

import java.time.Instant;

import io.gongxin.account.Accounts.IssuedToken;

/** The token is in this answer only; the platform keeps its hash. */
record TokenIssued(long id, String token, Instant expiresAt) {

	static TokenIssued of(IssuedToken issued) {
		return new TokenIssued(issued.id(), issued.token(), issued.expiresAt());
	}

	@Override
	public String toString() {
		return "TokenIssued[" + id + ", ***]";
	}
}
