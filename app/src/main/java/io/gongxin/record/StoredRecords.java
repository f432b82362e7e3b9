package io.gongxin.record;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.gongxin.subject.SubjectKey;

/**
 * The record store as a module that only reads it sees it: records as they are stored, whatever their state, and
 * their earlier versions. Every change goes through {@link Records}.
 */
public interface StoredRecords {

	Optional<CreditRecord> find(long recordId);

	/** The records with these ids that exist, in no particular order (for a listener of {@link RecordsMerged}). */
	List<CreditRecord> findAll(Collection<Long> recordIds);

	/** The earlier versions of a record, oldest first. */
	List<RecordVersion> history(long recordId);

	/**
	 * The subject's active and repaired records (the others are out of every query), oldest first; their fields
	 * unmodifiable, parsed only when read and written to JSON as stored.
	 */
	List<CreditRecord> activeOf(SubjectKey subject);

	/**
	 * Active records of the item whose act ended (or, without an end date, occurred) on or before the day, for
	 * sweeps that judge each one.
	 */
	List<CreditRecord> activeEndedBy(String item, LocalDate day, long afterRecordId, int limit);

	/** The provider's own records, most recently created first. */
	List<CreditRecord> ofProvider(String provider, String item, int limit, int offset);
}
