package io.gongxin.audit.internal;

import io.gongxin.audit.QueryLog;

/** The recomputed chain: {@code firstInvalid} is null while every link holds. */
record LogVerification(boolean valid, long entries, long unsealed, BrokenLink firstInvalid) {

	static LogVerification of(QueryLog.Verification result) {
		QueryLog.Problem first = result.firstInvalid();
		return new LogVerification(result.valid(), result.entries(), result.unsealed(),
				first == null ? null : new BrokenLink(first.seq(), first.entryId(), first.reason()));
	}
}
