package io.gongxin.account.internal;

import java.time.Clock;

import io.gongxin.platform.ProblemResponses;
import tools.jackson.databind.ObjectMapper;

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

	@Bean
	ProblemAccessDenied problemAccessDenied(ProblemSecurityResponses responses) {
		return new ProblemAccessDenied(responses);
	}
}
