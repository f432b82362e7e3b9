package io.gongxin.account.internal;

import java.util.List;

import io.gongxin.platform.PublicEndpoints;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Opens the endpoints each module declares public ({@link PublicEndpoints}) to anonymous callers. */
final class PublicEndpointRules {

	private PublicEndpointRules() {
	}

	static void permit(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			List<PublicEndpoints> publicEndpoints) {
		publicEndpoints.stream().flatMap(p -> p.publicEndpoints().stream()).forEach(endpoint -> requests
			.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(endpoint.method(), endpoint.pattern()))
			.permitAll());
	}
}
