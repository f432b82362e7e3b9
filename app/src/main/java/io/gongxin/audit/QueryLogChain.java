package io.gongxin.audit;

/**
 * The query log's chain: the entries sealed in commit order into an SM3 hash chain, each finished day's
 * last link signed (SM2), the whole recomputed on demand. The scheduler seals and signs; auditors verify.
 */
public interface QueryLogChain {

	/** Chains the committed entries not yet sealed (the scheduler does this every second). */
	int sealPending();

	/** Signs (SM2) the last link of every finished day not yet signed (the scheduler does this too). */
	void signFinishedDays();

	/** Recomputes the chain; names the first entry that fails. */
	Verification verify();

	/** The outcome of a verification. */
	record Verification(boolean valid, long entries, long unsealed, Problem firstInvalid) {
	}

	/** The first link that does not hold, and why (ENTRY_ALTERED, ENTRY_DELETED, ENTRY_INSERTED, LINK_DELETED). */
	record Problem(Long seq, long entryId, String reason) {
	}
}
