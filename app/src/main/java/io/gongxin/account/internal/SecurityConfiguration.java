package io.gongxin.account.internal;

import io.gongxin.platform.ProblemResponses;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Deny by default, then grant: the public endpoints each module declares are open to anonymous
 * callers, everything else needs an authenticated account, and each handler names the roles it
 * admits ({@code @PreAuthorize}). The API ({@code /api/**}) is stateless (HTTP Basic or bearer
 * token, no session, no CSRF token); pages use form login with a session and CSRF protection, and every page
 * request checks the session's account against the database ({@link SessionCheck}). Browsers are never sent a
 * Basic challenge, and the API refuses writes a browser makes from another site's page or with a form's
 * content type ({@link CrossSiteApiGuard}). The filter chains: {@link ActuatorSecurity}, {@link ApiSecurity},
 * {@link PageSecurity}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ LoginDelays.class, BootstrapSettings.class })
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PasswordLogins passwordLogins(LoginAttempts attempts) {
		return new PasswordLogins(attempts);
	}

	/**
	 * Remembered passwords: each for {@value RememberedLogin#REMEMBER_SECONDS} seconds at most, and bounded: a flood
	 * of distinct right passwords pushes out the least used, never the heap.
	 */
	@Bean
	io.gongxin.platform.SharedCache passwordCache() {
		return new io.gongxin.platform.SharedCache(RememberedPasswords.CACHE, 10_000,
				java.time.Duration.ofSeconds(RememberedLogin.REMEMBER_SECONDS));
	}

	@Bean
	ProblemSecurityResponses problemSecurityResponses(ProblemResponses problems, ObjectMapper json) {
		return new ProblemSecurityResponses(problems, json);
	}

	@Bean
	ProblemAccessDenied problemAccessDenied(ProblemSecurityResponses responses) {
		return new ProblemAccessDenied(responses);
	}
}
