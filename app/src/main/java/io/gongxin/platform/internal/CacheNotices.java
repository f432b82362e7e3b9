package io.gongxin.platform.internal;

import io.gongxin.platform.AfterCommit;
import io.gongxin.platform.SharedCaches;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link SharedCaches}: a change is announced to every node by {@link CacheVersions}. */
@Component
class CacheNotices implements SharedCaches {

	private final CacheVersions versions;

	private final CacheManager caches;

	/** Whether read-only transactions may run on a replica (ADR 0015): then they never fill a cache. */
	private final boolean replica;

	CacheNotices(CacheVersions versions, CacheManager caches,
			@org.springframework.beans.factory.annotation.Value("${gongxin.datasource.replica.url:}") String replicaUrl) {
		this.replica = !replicaUrl.isBlank();
		this.versions = versions;
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
		versions.move(name);
		// this node need not wait for its own notification; before the commit, clearing would let a reader put the
		// old committed state back
		AfterCommit.run(cache::clear);
	}
}
