package io.gongxin.dispute;

/** The deadline sweep of objections (R-30b); the scheduler runs it every minute. */
public interface ObjectionDeadlines {

	/** Suspends the records whose provider let its deadline pass unanswered; idempotent. */
	void suspendOverdue();
}
