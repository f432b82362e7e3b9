package io.gongxin.query.internal;

/** The node is stopping: the batch query goes back to the queue after its last committed chunk. */
final class BatchQueryStopped extends RuntimeException {

	BatchQueryStopped() {
		super("stopping", null, false, false);
	}
}
