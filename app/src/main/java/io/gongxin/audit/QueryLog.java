package io.gongxin.audit;

import java.util.List;

import io.gongxin.subject.SubjectKey;

/** The query log: written with every read of subject data, read by the subject and by auditors. */
public interface QueryLog {

	/**
	 * Writes the entry in the caller's transaction. When it cannot be written the caller must return
	 * nothing: the exception ({@code AUDIT_UNAVAILABLE}) rolls the caller back.
	 */
	void record(QueryLogEntry entry);

	/** Writes several entries at once (one read touching many subjects), fail-closed like {@link #record}. */
	void recordAll(List<QueryLogEntry> entries);

	/** Who looked at this subject, newest first. */
	List<QueryLogEntry> forSubject(SubjectKey subject, int limit);

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
