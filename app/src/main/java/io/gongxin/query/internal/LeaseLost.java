package io.gongxin.query.internal;

/** The batch query was taken over or handed back: this worker stops without writing. */
final class LeaseLost extends RuntimeException {

	LeaseLost() {
		super("lease lost", null, false, false);
	}
}
