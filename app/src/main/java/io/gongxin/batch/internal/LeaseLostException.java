package io.gongxin.batch.internal;

import java.util.UUID;

/** The batch was taken over, handed back or failed by someone else: this worker may no longer write it. */
final class LeaseLostException extends RuntimeException {

	LeaseLostException(UUID batch) {
		super("batch " + batch + " is no longer leased to this worker", null, false, false);
	}
}
