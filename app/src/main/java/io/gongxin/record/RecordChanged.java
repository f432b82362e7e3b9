package io.gongxin.record;

import java.time.Instant;

import io.gongxin.subject.SubjectKey;

/**
 * A credit record was stored, corrected or left the queries (revoked, deleted, repaired, expired): published in
 * the transaction that changed it, through the event publication registry, so listeners in other modules
 * (statistics, measures, reports, notices) learn of it even if this node stops right after the commit.
 *
 * @param change what happened to it
 * @param state the state it is in now
 * @param at when, on the platform's clock
 */
public record RecordChanged(long recordId, SubjectKey subject, String item, String provider, Change change,
		RecordState state, Instant at) {

	/** What happened to the record. */
	public enum Change {
		STORED, CORRECTED, REVOKED, DELETED, REPAIRED, EXPIRED
	}
}
