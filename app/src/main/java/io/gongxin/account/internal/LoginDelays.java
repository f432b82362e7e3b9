package io.gongxin.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a client waits after wrong passwords for one user name ({@link WrongPasswords}): nothing before
 * {@code freeFailures} failures in a row, then {@code firstDelay}, doubled for each further failure up to
 * {@code maxDelay}.
 */
@ConfigurationProperties("gongxin.logins")
record LoginDelays(@DefaultValue("5") int freeFailures, @DefaultValue("PT1M") Duration firstDelay,
		@DefaultValue("PT30M") Duration maxDelay) {

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
