package io.gongxin.platform.internal;

import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.gongxin.platform.SharedCache;

import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache library for every module (ADR 0013): Caffeine behind Spring's cache abstraction, one bounded cache
 * per declared {@link SharedCache}, and no cache made up on the fly (an undeclared name is a programming error,
 * not a new unbounded cache).
 */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

	@Bean
	CaffeineCacheManager cacheManager(List<SharedCache> caches) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setAllowNullValues(false);
		// static: only the caches registered below exist
		manager.setCacheNames(List.of());
		for (SharedCache cache : caches) {
			manager.registerCustomCache(cache.name(), Caffeine.newBuilder()
				.maximumSize(cache.maximumSize())
				.expireAfterWrite(cache.maxAge())
				.recordStats()
				.build());
		}
		return manager;
	}
}
