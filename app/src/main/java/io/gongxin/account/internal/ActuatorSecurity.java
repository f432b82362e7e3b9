package io.gongxin.account.internal;

import io.gongxin.account.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The actuator, on the main port or on {@code management.server.port} (the same chain protects it there):
 * stateless like the API. Health and its probes are public (details only for a centre administrator,
 * {@code management.endpoint.health.roles}); the Prometheus scrape and everything else needs a
 * {@code CENTER_ADMIN} (HTTP Basic or a bearer token), 401 for anonymous callers and 403 for other roles.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http, ProblemSecurityResponses responses, ProblemAccessDenied denied,
			TokenHolders holders) throws Exception {
		http.securityMatcher("/actuator/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint(responses))
			.addFilterBefore(new BearerTokens(holders, responses), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(denied))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/actuator/health"),
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/actuator/health/**"))
				.permitAll()
				.anyRequest()
				.hasRole(Role.CENTER_ADMIN.name()));
		return http.build();
	}
}
