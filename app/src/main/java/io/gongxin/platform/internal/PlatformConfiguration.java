package io.gongxin.platform.internal;

import java.time.Clock;
import java.time.ZoneId;

import io.gongxin.platform.GongxinProperties;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.PublicEndpoints.Endpoint;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ GongxinProperties.class, HttpLimits.class, ThrottleSettings.class,
		DatabaseRetrySettings.class, SchedulerSettings.class })
class PlatformConfiguration {

	/** Dates and deadlines are counted in the platform's zone (Asia/Shanghai); tests replace the clock. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock(GongxinProperties properties) {
		return Clock.system(ZoneId.of(properties.zone()));
	}

	@Bean
	PublicEndpoints platformPublicEndpoints() {
		return () -> List.of(Endpoint.any("/error"), Endpoint.get("/actuator/health"),
				Endpoint.get("/actuator/health/**"), Endpoint.get("/v3/api-docs"), Endpoint.get("/v3/api-docs/**"),
				Endpoint.get("/swagger-ui.html"), Endpoint.get("/swagger-ui/**"), Endpoint.get("/favicon.ico"));
	}
}
