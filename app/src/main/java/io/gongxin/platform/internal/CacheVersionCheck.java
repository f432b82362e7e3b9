package io.gongxin.platform.internal;

import java.util.Map;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The safety net under {@link CacheListener}: every {@code gongxin.caches.check-every} (30 s) this node reads
 * the caches' versions and clears each cache whose version moved since it last looked, so a change whose
 * notification was lost is in force here within that interval. Runs on every node (each has its own caches):
 * not a job to be run once for the cluster.
 */
@Component
class CacheVersionCheck {

	private final CacheVersions versions;

	private final CacheManager caches;

	/** The versions last seen; null until the first round, which clears everything once. */
	private Map<String, Long> seen;

	CacheVersionCheck(CacheVersions versions, CacheManager caches) {
		this.versions = versions;
		this.caches = caches;
	}

	@Scheduled(fixedDelayString = "${gongxin.caches.check-every:PT30S}")
	public synchronized void check() {
		Map<String, Long> now = versions.all();
		for (String name : caches.getCacheNames()) {
			Long before = seen == null ? null : seen.getOrDefault(name, 0L);
			if (before == null || before.longValue() != now.getOrDefault(name, 0L)) {
				Cache cache = caches.getCache(name);
				if (cache != null) {
					cache.clear();
				}
			}
		}
		seen = now;
	}
}
