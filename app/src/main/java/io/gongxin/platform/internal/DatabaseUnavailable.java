package io.gongxin.platform.internal;

import io.gongxin.platform.DatabaseFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The answer while the database is away: 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}
 * ({@code gongxin.database-unavailable.retry-after} seconds). Logged as one warning line without a stack trace: an
 * outage would otherwise fill the log with identical traces.
 */
@Component
class DatabaseUnavailable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private final long retryAfterSeconds;

	DatabaseUnavailable(@Value("${gongxin.database-unavailable.retry-after:10}") long retryAfterSeconds) {
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** Whether the failure means the database is away; if so, notes it in the log. */
	boolean answers(Throwable failure, String where) {
		if (!DatabaseFaults.unavailable(failure)) {
			return false;
		}
		log.warn("Database unavailable ({}), {} answered 503", failure.getClass().getSimpleName(), where);
		return true;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
