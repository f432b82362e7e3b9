package io.gongxin.platform.internal;

import java.util.function.Supplier;

import io.gongxin.platform.DatabaseRetry;
import io.gongxin.platform.TransientDatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

/** {@link DatabaseRetry} on Spring Framework's {@link RetryTemplate}, as {@link DatabaseRetrySettings} say. */
@Component
class RetryingDatabase implements DatabaseRetry {

	private static final Logger log = LoggerFactory.getLogger(RetryingDatabase.class);

	private final RetryTemplate retry;

	RetryingDatabase(DatabaseRetrySettings settings) {
		this.retry = new RetryTemplate(settings.policy());
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
