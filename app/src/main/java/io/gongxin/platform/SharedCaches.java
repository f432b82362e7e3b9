package io.gongxin.platform;

import org.springframework.cache.Cache;

/**
 * The node's caches of database state, kept consistent across nodes (ADR 0013). A node that changes what a
 * cache holds calls {@link #changed(String)} in the changing transaction; every node, this one included, clears
 * the cache when the transaction commits (PostgreSQL {@code NOTIFY}, with a periodic version check as a safety
 * net).
 */
public interface SharedCaches {

	/** The named cache (declared as a {@link SharedCache} bean). */
	Cache cache(String name);

	/**
	 * Reads {@code key} through the named cache, loading it when absent. While a read replica is configured, a
	 * read-only transaction (which may run on the replica, ADR 0015) uses the cache but never fills it: the replica
	 * may not yet have the change that just cleared the cache, and a node must not keep what the primary replaced.
	 */
	<T> T get(String name, Object key, Class<T> type, java.util.function.Supplier<T> loader);

	/**
	 * The named cache is out of date: its version moves on and a notification is sent, both in the current
	 * transaction (so nothing happens if it rolls back, and other nodes re-read only once they can see the
	 * change); this node clears its own copy after the commit, or at once without a transaction.
	 */
	void changed(String name);
}
