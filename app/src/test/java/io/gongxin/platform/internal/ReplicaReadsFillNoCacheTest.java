package io.gongxin.platform.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, points 2 and 8: a read on a lagging replica must not leave an old catalog or calendar in a node's cache
 * after the publication that cleared it. While a replica is configured, a read-only transaction (the replica's)
 * reads through the cache but never fills it; without a replica every read fills it as before.
 */
class ReplicaReadsFillNoCacheTest {

	private final AtomicInteger loads = new AtomicInteger();

	@AfterEach
	void leaveNoTransactionState() {
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
	}

	private String load() {
		return "version-" + loads.incrementAndGet();
	}

	@Test
	@DisplayName("with a replica, a read-only transaction loads every time and leaves the cache empty; a read-write one fills it")
	void replicaReadsNeverFillTheCache() {
		ConcurrentMapCacheManager manager = new ConcurrentMapCacheManager("catalog");
		CacheNotices caches = new CacheNotices(null, manager, "jdbc:postgresql://replica:5432/gongxin");

		TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
		assertThat(caches.get("catalog", "published", String.class, this::load)).isEqualTo("version-1");
		assertThat(caches.get("catalog", "published", String.class, this::load)).isEqualTo("version-2");
		assertThat(manager.getCache("catalog").get("published")).isNull();

		TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
		assertThat(caches.get("catalog", "published", String.class, this::load)).isEqualTo("version-3");
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
		assertThat(caches.get("catalog", "published", String.class, this::load)).as("filled: used by replica reads")
			.isEqualTo("version-3");
	}

	@Test
	@DisplayName("without a replica, read-only transactions fill the cache as any read does")
	void withoutAReplicaEveryReadFills() {
		ConcurrentMapCacheManager manager = new ConcurrentMapCacheManager("catalog");
		CacheNotices caches = new CacheNotices(null, manager, "");

		TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
		assertThat(caches.get("catalog", "published", String.class, this::load)).isEqualTo("version-1");
		assertThat(caches.get("catalog", "published", String.class, this::load)).isEqualTo("version-1");
		assertThat(loads).hasValue(1);
	}
}
