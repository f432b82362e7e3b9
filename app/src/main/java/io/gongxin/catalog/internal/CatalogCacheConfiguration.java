package io.gongxin.catalog.internal;

import java.time.Duration;

import io.gongxin.platform.SharedCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every node keeps the one published catalog until a publication anywhere clears it (ADR 0013). */
@Configuration(proxyBeanMethods = false)
class CatalogCacheConfiguration {

	@Bean
	SharedCache catalogCache(@Value("${gongxin.caches.max-age:PT10M}") Duration maxAge) {
		return new SharedCache(PublishedCatalogCache.CACHE, 4, maxAge);
	}
}
