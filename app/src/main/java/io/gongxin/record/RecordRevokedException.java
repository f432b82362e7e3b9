package io.gongxin.record;

/** A submission named a record its provider had revoked; a revoked record stays revoked. */
public class RecordRevokedException extends RuntimeException {

	public RecordRevokedException(long recordId) {
		super("record " + recordId + " was revoked", null, false, false);
	}
}
