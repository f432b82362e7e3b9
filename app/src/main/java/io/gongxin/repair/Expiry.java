package io.gongxin.repair;

/** The expiry sweep (R-27a); the scheduler runs it every hour. */
public interface Expiry {

	/** Marks records past their item's query period expired; returns how many. Idempotent. */
	int sweep();
}
