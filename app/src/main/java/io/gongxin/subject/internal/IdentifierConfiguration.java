package io.gongxin.subject.internal;

import java.util.List;

import io.gongxin.subject.Identifiers;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class IdentifierConfiguration {

	/** {@code gongxin.identifiers.legacy-codes}: a YAML list or a comma-separated string. */
	@Bean
	Identifiers identifiers(Environment environment) {
		return new Identifiers(Binder.get(environment)
			.bind("gongxin.identifiers.legacy-codes", Bindable.listOf(String.class))
			.orElse(List.of()));
	}
}
