package io.gongxin.record;

import java.util.Map;

import io.gongxin.platform.DomainException;

/**
 * A change that needs an active record was asked of one that has left the queries (revoked, deleted, repaired or
 * expired): problem {@code RECORD_NOT_ACTIVE}, a conflict.
 */
public class RecordNotActiveException extends DomainException {

	public static final String CODE = "RECORD_NOT_ACTIVE";

	public RecordNotActiveException(long recordId, RecordState state) {
		super(Kind.CONFLICT, CODE, Map.of("recordId", recordId, "state", state.name()), String.valueOf(recordId),
				state.name());
	}
}
