package io.gongxin.account.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** This client has failed too often for this user name and must wait before the next attempt is checked. */
final class LoginThrottled extends AuthenticationException {

	private final Duration wait;

	LoginThrottled(Duration wait) {
		super("too many failed logins from this client");
		this.wait = wait;
	}

	long retryAfterSeconds() {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}
}
