package io.gongxin.platform.internal;

import org.postgresql.PGNotification;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

/**
 * What the listening node clears ({@link CacheListener}): each cache a notification names, at once and once more a
 * moment later ({@link SecondClearing}), and every cache when it starts listening again. Only the listening thread
 * uses it.
 */
final class CacheClearing {

	private final SecondClearing again = new SecondClearing();

	private final CacheManager caches;

	CacheClearing(CacheManager caches) {
		this.caches = caches;
	}

	/** Clears each cache named, and notes it to be cleared once more; whether anything came. */
	boolean received(PGNotification[] notifications) {
		if (notifications == null || notifications.length == 0) {
			return false;
		}
		for (PGNotification notification : notifications) {
			String name = notification.getParameter();
			if (name != null && caches.getCache(name) != null) {
				caches.getCache(name).clear();
				again.note(name, System.nanoTime());
			}
		}
		return true;
	}

	void clearAgainWhenDue() {
		again.due(System.nanoTime()).forEach(this::clear);
	}

	void clearAll() {
		caches.getCacheNames().forEach(this::clear);
	}

	private void clear(String name) {
		Cache cache = name == null ? null : caches.getCache(name);
		if (cache != null) {
			cache.clear();
		}
	}
}
