package io.gongxin.account.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes, by default, every filter of the chain before and after it runs and every authorization
 * decision: about a dozen observations (timers, long-task timers, tags) per request, a measurable share of the CPU
 * of a public read (issue 16, docs/benchmarks.md). The request as a whole is still timed
 * ({@code http_server_requests_seconds}) and authentications (logins) are still observed; the per-filter
 * observations come back with {@code gongxin.observations.security-chain=true} (e.g. to trace a slow filter).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	SecurityObservationSettings securityObservationSettings(
			@Value("${gongxin.observations.security-chain:false}") boolean chain) {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(chain)
			.shouldObserveAuthorizations(chain)
			.shouldObserveAuthentications(true)
			.build();
	}
}
