package io.gongxin.account.internal;

import java.time.Clock;
import java.util.List;

import io.gongxin.platform.ProblemResponses;
import io.gongxin.platform.PublicEndpoints;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Deny by default, then grant: the public endpoints each module declares are open to anonymous
 * callers, everything else needs an authenticated account, and each handler names the roles it
 * admits ({@code @PreAuthorize}). The API ({@code /api/**}) is stateless (HTTP Basic or bearer
 * token, no session, no CSRF token); pages use form login with a session and CSRF protection, and every page
 * request checks the session's account against the database ({@link SessionCheck}). Browsers are never sent a
 * Basic challenge, and the API refuses writes a browser makes from another site's page or with a form's
 * content type ({@link CrossSiteApiGuard}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PasswordLogins passwordLogins(AccountUsers users, PasswordEncoder encoder, LoginThrottle throttle, Clock clock,
			io.gongxin.platform.SharedCaches caches) {
		return new PasswordLogins(users, encoder, throttle, clock, caches);
	}

	/** Remembered passwords: bounded, each for {@value PasswordLogins#REMEMBER_SECONDS} seconds at most. */
	@Bean
	io.gongxin.platform.SharedCache passwordCache() {
		return new io.gongxin.platform.SharedCache(PasswordLogins.CACHE, PasswordLogins.MAX_REMEMBERED,
				java.time.Duration.ofSeconds(PasswordLogins.REMEMBER_SECONDS));
	}

	@Bean
	ProblemSecurityResponses problemSecurityResponses(ProblemResponses problems, ObjectMapper json) {
		return new ProblemSecurityResponses(problems, json);
	}

	/**
	 * The actuator, on the main port or on {@code management.server.port} (the same chain protects it there):
	 * stateless like the API. Health and its probes are public (details only for a centre administrator,
	 * {@code management.endpoint.health.roles}); the Prometheus scrape and everything else needs a
	 * {@code CENTER_ADMIN} (HTTP Basic or a bearer token), 401 for anonymous callers and 403 for other roles.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http, ProblemSecurityResponses responses, TokenHolders holders)
			throws Exception {
		http.securityMatcher("/actuator/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint(responses))
			.addFilterBefore(new BearerTokens(holders, responses), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/actuator/health"),
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/actuator/health/**"))
				.permitAll()
				.anyRequest()
				.hasRole(io.gongxin.account.Role.CENTER_ADMIN.name()));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
			ProblemSecurityResponses responses, TokenHolders holders) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint(responses))
			.addFilterBefore(new BearerTokens(holders, responses), BasicAuthenticationFilter.class)
			.addFilterBefore(new CrossSiteApiGuard(responses), BearerTokens.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
			.authorizeHttpRequests(requests -> {
				permitPublic(requests, publicEndpoints);
				requests.anyRequest().authenticated();
			});
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
			ProblemSecurityResponses responses, AccountUsers users) throws Exception {
		http.addFilterAfter(new SessionCheck(users), SecurityContextHolderFilter.class)
			.formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/workspace")
			.failureHandler(new LoginFailures())
			.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/"))
			.exceptionHandling(errors -> errors.accessDeniedHandler(responses))
			.authorizeHttpRequests(requests -> {
				permitPublic(requests, publicEndpoints);
				requests.requestMatchers("/", "/css/**", "/js/**", "/images/**", "/webjars/**").permitAll();
				requests.anyRequest().authenticated();
			});
		return http.build();
	}

	private static void permitPublic(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			List<PublicEndpoints> publicEndpoints) {
		publicEndpoints.stream().flatMap(p -> p.publicEndpoints().stream()).forEach(endpoint -> requests
			.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(endpoint.method(), endpoint.pattern()))
			.permitAll());
	}
}
