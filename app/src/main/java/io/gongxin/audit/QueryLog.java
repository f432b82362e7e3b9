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

	/**
	 * Writes the entry in a commit of its own and returns only once it is durable, for a read made outside any
	 * transaction (its data not returned yet). With the group writer on ({@link #groupsCommits()}), the entries of
	 * concurrent readers on this node share one insert and one commit. Fail-closed like {@link #record}: when the
	 * entry was not committed it throws ({@code AUDIT_UNAVAILABLE}, or {@code DATABASE_UNAVAILABLE} while the database
	 * is away) and the caller must return nothing.
	 *
	 * @throws IllegalStateException inside a transaction (there, {@link #record} writes the entry with the read)
	 */
	void recordCommitted(QueryLogEntry entry);

	/**
	 * Whether this node groups entries ({@code gongxin.audit.group-commit.enabled}): then a read outside any
	 * transaction reads first and logs with {@link #recordCommitted}; else it logs with {@link #record} in its own
	 * transaction, as before.
	 */
	boolean groupsCommits();

	/** Who looked at this subject, newest first. */
	List<QueryLogEntry> forSubject(SubjectKey subject, int limit);
}
