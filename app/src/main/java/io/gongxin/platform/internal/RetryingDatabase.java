package io.gongxin.platform.internal;

import java.time.Duration;
import java.util.function.Supplier;

import io.gongxin.platform.DatabaseRetry;
import io.gongxin.platform.TransientDatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link DatabaseRetry} on Spring Framework's {@link RetryTemplate}: exponential back-off from
 * {@code gongxin.database-retry.first-delay}, doubling up to {@code max-delay}, at most {@code max-retries}
 * times again. The defaults (8 retries, 0.5 s to 10 s) wait about 45 seconds in all: a restart or a promoted
 * standby is back by then; a database away for longer fails the work, which is then taken over or failed.
 */
@Component
class RetryingDatabase implements DatabaseRetry {

	private static final Logger log = LoggerFactory.getLogger(RetryingDatabase.class);

	private final RetryTemplate retry;

	RetryingDatabase(@Value("${gongxin.database-retry.max-retries:8}") long maxRetries,
			@Value("${gongxin.database-retry.first-delay:PT0.5S}") Duration firstDelay,
			@Value("${gongxin.database-retry.max-delay:PT10S}") Duration maxDelay) {
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(maxRetries)
			.delay(firstDelay)
			.multiplier(2)
			.maxDelay(maxDelay)
			.predicate(TransientDatabaseErrors::isTransient)
			.build());
	}

	@Override
	public <T> T call(String what, Supplier<T> work) {
		try {
			return retry.execute(() -> {
				try {
					return work.get();
				}
				catch (RuntimeException ex) {
					if (TransientDatabaseErrors.isTransient(ex)) {
						// the kind only: a message may quote a statement's parameters
						log.warn("{}: transient database error ({}), trying again", what, ex.getClass().getName());
					}
					throw ex;
				}
			});
		}
		catch (RetryException ex) {
			Throwable last = ex.getLastException() != null ? ex.getLastException() : ex.getCause();
			if (last instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (last instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(what + " failed", last);
		}
	}
}
