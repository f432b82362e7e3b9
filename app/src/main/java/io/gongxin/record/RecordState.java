package io.gongxin.record;

/**
 * Where a record is in its life: only an active record is shown, a repaired one only to its subject; the others
 * are kept with their history but leave every query. Each change is a verb that answers the state it leads to, or
 * refuses what the law forbids ({@link RecordNotActiveException}): a record out of the queries stays out.
 */
public enum RecordState {

	ACTIVE, REVOKED, DELETED, REPAIRED, EXPIRED;

	/** Whether any query may still show it (a repaired record only to its subject, R-RP). */
	public boolean shown() {
		return this == ACTIVE || this == REPAIRED;
	}

	/** its provider withdraws it from every query; revoking a revoked record changes nothing. */
	public RecordState revoke(long recordId) {
		return this == REVOKED ? REVOKED : from(ACTIVE, REVOKED, recordId);
	}

	/** R-27b: deleted on the subject's request. */
	public RecordState delete(long recordId) {
		return from(ACTIVE, DELETED, recordId);
	}

	/** R-RP: repaired on the provider's approval. */
	public RecordState repair(long recordId) {
		return from(ACTIVE, REPAIRED, recordId);
	}

	/** R-27a: its query period has run out. */
	public RecordState expire(long recordId) {
		return from(ACTIVE, EXPIRED, recordId);
	}

	/** an objection corrects a record still shown (a repaired one too); its state stays. */
	public RecordState correct(long recordId) {
		if (!shown()) {
			throw new RecordNotActiveException(recordId, this);
		}
		return this;
	}

	/** A provider resubmits the record's source reference: refused once revoked, else its state stays. */
	public RecordState resubmit(long recordId) {
		if (this == REVOKED) {
			throw new RecordRevokedException(recordId);
		}
		return this;
	}

	private RecordState from(RecordState required, RecordState next, long recordId) {
		if (this != required) {
			throw new RecordNotActiveException(recordId, this);
		}
		return next;
	}
}
