package io.gongxin.platform;

import java.util.function.Supplier;

/**
 * Runs a unit of background work again, with growing pauses, when it fails on a transient database error
 * ({@link TransientDatabaseErrors}): a PostgreSQL restart or a failover is routine, and a batch must outlive it.
 * The work must be safe to run again: one transaction, or work that resumes from what it committed.
 * Bounded by {@code gongxin.database-retry.*}; after the last try, or on any other error, the error is thrown.
 */
public interface DatabaseRetry {

	<T> T call(String what, Supplier<T> work);

	default void run(String what, Runnable work) {
		call(what, () -> {
			work.run();
			return null;
		});
	}
}
