package io.gongxin.calendar.internal;

import java.time.Duration;

import io.gongxin.platform.SharedCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every node keeps one snapshot of the loaded years until a year is loaded or corrected on any node (ADR 0013). */
@Configuration(proxyBeanMethods = false)
class CalendarCacheConfiguration {

	@Bean
	SharedCache calendarCache(@Value("${gongxin.caches.max-age:PT10M}") Duration maxAge) {
		return new SharedCache(LoadedYears.CACHE, 4, maxAge);
	}
}
