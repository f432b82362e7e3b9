package io.gongxin.account.internal;

import java.util.List;

import io.gongxin.platform.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The API ({@code /api/**}): stateless (HTTP Basic or bearer token, no session, no CSRF token), public endpoints
 * open, everything else for an authenticated account; writes a browser makes from another site's page or with a
 * form's content type refused ({@link CrossSiteApiGuard}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
			ProblemSecurityResponses responses, ProblemAccessDenied denied, TokenHolders holders) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint(responses))
			.addFilterBefore(new BearerTokens(holders, responses), BasicAuthenticationFilter.class)
			.addFilterBefore(new CrossSiteApiGuard(responses), BearerTokens.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(denied))
			.authorizeHttpRequests(requests -> {
				PublicEndpointRules.permit(requests, publicEndpoints);
				requests.anyRequest().authenticated();
			});
		return http.build();
	}
}
