package io.gongxin.audit;

import java.util.List;

import io.gongxin.subject.SubjectKey;

/**
 * The query log: written with every read of subject data, read by the subject and by auditors. Its entries are
 * chained and verified by {@link QueryLogChain}.
 */
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
}
