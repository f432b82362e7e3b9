package io.gongxin.platform.internal;

import io.gongxin.platform.SharedCaches;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link SharedCaches}: a change moves the cache's row in {@code cache_versions} and sends {@code pg_notify} on
 * {@value #CHANNEL}, both in the caller's transaction; PostgreSQL delivers the notification to every listening
 * node ({@link CacheListener}, this node's included) only when that transaction commits, and drops it if it
 * rolls back.
 */
@Component
class CacheNotices implements SharedCaches {

	static final String CHANNEL = "gongxin_cache";

	private final JdbcClient jdbc;

	private final CacheManager caches;

	/** Whether read-only transactions may run on a replica (ADR 0015): then they never fill a cache. */
	private final boolean replica;

	CacheNotices(JdbcClient jdbc, CacheManager caches,
			@org.springframework.beans.factory.annotation.Value("${gongxin.datasource.replica.url:}") String replicaUrl) {
		this.replica = !replicaUrl.isBlank();
		this.jdbc = jdbc;
		this.caches = caches;
	}

	@Override
	public <T> T get(String name, Object key, Class<T> type, java.util.function.Supplier<T> loader) {
		Cache cache = cache(name);
		if (replica && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			T cached = cache.get(key, type);
			return cached != null ? cached : loader.get();
		}
		return cache.get(key, loader::get);
	}

	@Override
	public Cache cache(String name) {
		Cache cache = caches.getCache(name);
		if (cache == null) {
			throw new IllegalArgumentException("no cache is declared as " + name);
		}
		return cache;
	}

	@Override
	public void changed(String name) {
		Cache cache = cache(name);
		jdbc.sql("""
				insert into cache_versions (name, version) values (?, 1)
				on conflict (name) do update set version = cache_versions.version + 1""").param(name).update();
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, name).query().listOfRows();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// this node need not wait for its own notification; before the commit, clearing would let a reader
			// put the old committed state back
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					cache.clear();
				}
			});
		}
		else {
			cache.clear();
		}
	}
}
