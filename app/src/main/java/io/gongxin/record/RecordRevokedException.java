package io.gongxin.record;

import java.util.Map;

import io.gongxin.platform.DomainException;

/** A submission named a record its provider had revoked; a revoked record stays revoked ({@code RECORD_REVOKED}). */
public class RecordRevokedException extends DomainException {

	public static final String CODE = "RECORD_REVOKED";

	public RecordRevokedException(long recordId) {
		super(Kind.CONFLICT, CODE, Map.of("recordId", recordId), String.valueOf(recordId));
	}
}
