package io.gongxin.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Map;

/**
 * The record store. A provider's record is identified by {@code (provider, sourceRef)}; resubmitting corrects it.
 * Its reads are {@link StoredRecords}.
 * <p>
 * Every change keeps the previous version and is a verb of the record's life ({@link RecordState}): what the law
 * forbids is refused with {@link RecordNotActiveException}. Each change publishes {@link RecordChanged} in its
 * transaction, through the event publication registry.
 */
public interface Records extends StoredRecords {

	/**
	 * Creates the record, or corrects it when the provider's {@code sourceRef} is known and the content
	 * differs (keeping the previous version), or leaves it unchanged.
	 * @throws RecordRevokedException when that record was revoked
	 */
	Stored store(String provider, String sourceRef, RecordContent content, String by);

	/**
	 * A batch chunk merged these records of the provider into the store with its own set-based SQL (created at
	 * {@code at}, {@code late} of them late, and corrected by resubmission) in the current transaction: publishes one
	 * {@link RecordsMerged} for them.
	 */
	void merged(String provider, Collection<Long> created, Collection<Long> late, Collection<Long> corrected,
			Instant at);

	/**
	 * Serialises, until the current transaction ends, every write of this provider's records: an API
	 * submission and a batch chunk naming the same source reference never interleave.
	 */
	void lockProvider(String provider);

	/**
	 * replaces the fields of a record still shown with their corrected set (the catalog's fields, a genuine
	 * map), keeping the previous version and why.
	 */
	CreditRecord correct(long recordId, Map<String, Object> fields, String reason, String by);

	/** Withdraws an active record from every query, keeping it and its history; revoking twice changes nothing. */
	CreditRecord revoke(long recordId, String reason, String by);

	/** R-27b: deletes an active record on its subject's request (it is kept, out of every query). */
	CreditRecord delete(long recordId, String reason, String by);

	/** R-RP: an active record is repaired; from now on only its subject sees it. */
	CreditRecord repair(long recordId, String reason, String by);

	/**
	 * R-27a: marks active records of the item expired when its period has run out since the act ended: idempotent,
	 * safe on several nodes. For a continuing item only records with an end date can expire.
	 */
	int expire(String item, Period period, LocalDate today, boolean continuing);

	/** R-27a: marks these records expired if they are still active; idempotent. */
	int expire(Collection<Long> recordIds);
}
