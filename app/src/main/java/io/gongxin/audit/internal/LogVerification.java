package io.gongxin.audit.internal;

import io.gongxin.audit.QueryLogChain;

/** The recomputed chain: {@code firstInvalid} is null while every link holds. */
record LogVerification(boolean valid, long entries, long unsealed, BrokenLink firstInvalid) {

	static LogVerification of(QueryLogChain.Verification result) {
		QueryLogChain.Problem first = result.firstInvalid();
		return new LogVerification(result.valid(), result.entries(), result.unsealed(),
				first == null ? null : new BrokenLink(first.seq(), first.entryId(), first.reason()));
	}
}
