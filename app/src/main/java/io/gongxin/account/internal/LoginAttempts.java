package io.gongxin.account.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds password logins (HTTP Basic and the form) into the lock-out count. */
@Component
class LoginAttempts {

	private final AccountUsers users;

	LoginAttempts(AccountUsers users) {
		this.users = users;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			users.failed(attempt.getName());
		}
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountUser user) {
			users.succeeded(user.getUsername());
		}
	}
}
