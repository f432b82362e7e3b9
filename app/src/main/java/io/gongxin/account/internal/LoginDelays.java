package io.gongxin.account.internal;

import java.time.Duration;

/**
 * How long a client waits after wrong passwords for one user name ({@link LoginThrottle}): nothing before
 * {@code freeFailures} failures in a row, then {@code firstDelay}, doubled for each further failure up to
 * {@code maxDelay}.
 */
record LoginDelays(int freeFailures, Duration firstDelay, Duration maxDelay) {

	LoginDelays {
		freeFailures = Math.max(1, freeFailures);
	}

	/** Whether the n-th failure in a row starts a wait. */
	boolean waitsAfter(int failures) {
		return failures >= freeFailures;
	}

	/** The wait after the n-th failure in a row: first-delay at the threshold, doubled for each one after it. */
	Duration delayAfter(int failures) {
		int doublings = Math.min(failures - freeFailures, 30);
		Duration wait = firstDelay.multipliedBy(1L << doublings);
		return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
	}
}
