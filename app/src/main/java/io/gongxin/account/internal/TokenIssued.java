package io.gongxin.account.internal;

import java.time.Instant;

/** The token is in this answer only; the platform keeps its hash. */
record TokenIssued(long id, String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "TokenIssued[" + id + ", ***]";
	}
}
