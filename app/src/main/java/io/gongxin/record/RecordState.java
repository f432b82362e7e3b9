package io.gongxin.record;

/** Where a record is in its life. A revoked record is withdrawn from every query. */
public enum RecordState {
	ACTIVE, REVOKED
}
