package io.gongxin.platform.internal;

import java.time.Duration;

import io.gongxin.platform.TransientDatabaseErrors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.retry.RetryPolicy;

/**
 * How {@link RetryingDatabase} tries again ({@code gongxin.database-retry.*}): exponential back-off from
 * {@code firstDelay}, doubling up to {@code maxDelay}, at most {@code maxRetries} times again. The defaults (8
 * retries, 0.5 s to 10 s) wait about 45 seconds in all: a restart or a promoted standby is back by then; a
 * database away for longer fails the work, which is then taken over or failed.
 */
@ConfigurationProperties("gongxin.database-retry")
record DatabaseRetrySettings(@DefaultValue("8") long maxRetries, @DefaultValue("PT0.5S") Duration firstDelay,
		@DefaultValue("PT10S") Duration maxDelay) {

	/** Only a transient database error is tried again. */
	RetryPolicy policy() {
		return RetryPolicy.builder()
			.maxRetries(maxRetries)
			.delay(firstDelay)
			.multiplier(2)
			.maxDelay(maxDelay)
			.predicate(TransientDatabaseErrors::isTransient)
			.build();
	}
}
