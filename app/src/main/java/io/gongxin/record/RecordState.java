package io.gongxin.record;

/**
 * Where a record is in its life. Only an active record is shown; a repaired one only to its subject.
 * Revoked (by its provider), deleted (on the subject's request, R-27b), repaired (R-RP) and expired
 * (R-27a) records are kept with their history but leave every query.
 */
public enum RecordState {
	ACTIVE, REVOKED, DELETED, REPAIRED, EXPIRED
}
