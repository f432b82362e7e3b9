package io.gongxin.record;

import java.util.List;
import java.util.Optional;

/** The record store. A provider's record is identified by {@code (provider, sourceRef)}; resubmitting corrects it. */
public interface Records {

	/** What a submission did. */
	enum Outcome {
		CREATED, UPDATED, UNCHANGED
	}

	/** The result of storing one submission. */
	record Stored(long recordId, Outcome outcome) {
	}

	/**
	 * Creates the record, or corrects it when the provider's {@code sourceRef} is known and the content
	 * differs (keeping the previous version), or leaves it unchanged.
	 * @throws RecordRevokedException when that record was revoked
	 */
	Stored store(String provider, String sourceRef, RecordContent content, String by);

	Optional<CreditRecord> find(long recordId);

	/**
	 * Serialises, until the current transaction ends, every write of this provider's records: an API
	 * submission and a batch chunk naming the same source reference never interleave.
	 */
	void lockProvider(String provider);

	/** Replaces the record's fields with their corrected set (objection handling), keeping the previous version and why. */
	CreditRecord correct(long recordId, java.util.Map<String, Object> fields, String reason, String by);

	/** Moves an active record to another state (deleted, repaired, expired), keeping the previous version. */
	CreditRecord changeState(long recordId, RecordState state, String reason, String by);

	/** Withdraws the record from every query, keeping it and its history. */
	CreditRecord revoke(long recordId, String reason, String by);

	/** The earlier versions of a record, oldest first. */
	List<RecordVersion> history(long recordId);

	/** The subject's active and repaired records (the others are out of every query), oldest first. */
	List<CreditRecord> activeOf(io.gongxin.subject.SubjectKey subject);

	/**
	 * Marks active records of the item expired when its period has run out since the act ended: idempotent, safe
	 * on several nodes. For a continuing item only records with an end date can expire (R-27a).
	 */
	int expire(String item, java.time.Period period, java.time.LocalDate today, boolean continuing);

	/**
	 * Active records of the item whose act ended (or, without an end date, occurred) on or before the day, for
	 * sweeps that judge each one.
	 */
	List<CreditRecord> activeEndedBy(String item, java.time.LocalDate day, long afterRecordId, int limit);

	/** Marks these records expired if they are still active; idempotent. */
	int expire(java.util.Collection<Long> recordIds);

	/** The provider's own records, most recently created first. */
	List<CreditRecord> ofProvider(String provider, String item, int limit, int offset);

	/** An earlier version: its content and why it was replaced. */
	record RecordVersion(int version, RecordContent content, RecordState state,
			java.time.OffsetDateTime replacedAt, String replacedBy, String reason) {
	}
}
