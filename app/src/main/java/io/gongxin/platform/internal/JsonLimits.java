package io.gongxin.platform.internal;

import tools.jackson.core.StreamReadConstraints;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON parser refuses a string longer than {@code gongxin.http.max-string-length}: a single huge value
 * fails while it is read, as a problem (never a 500), instead of being built in memory first.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

	@Bean
	JsonFactoryBuilderCustomizer boundedJsonStrings(HttpLimits limits) {
		return factory -> factory.streamReadConstraints(
				StreamReadConstraints.builder().maxStringLength(limits.maxStringLength()).build());
	}
}
