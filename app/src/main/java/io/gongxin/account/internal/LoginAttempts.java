package io.gongxin.account.internal;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

/**
 * A login attempt with a password: a waiting client is refused first ({@link LoginThrottle}), a password right
 * lately is not checked again ({@link RememberedPasswords}), any other is checked ({@link PasswordCheck}), and a
 * wrong one counts against the client ({@link WrongPasswords}).
 */
@Component
class LoginAttempts {

	private final LoginThrottle throttle;

	private final WrongPasswords wrong;

	private final RememberedPasswords remembered;

	private final PasswordCheck check;

	LoginAttempts(LoginThrottle throttle, WrongPasswords wrong, RememberedPasswords remembered, PasswordCheck check) {
		this.throttle = throttle;
		this.wrong = wrong;
		this.remembered = remembered;
		this.check = check;
	}

	/** The account the password opens, enabled or not; {@link LoginThrottled} or a bad-credentials refusal. */
	AccountUser admit(String client, String username, String password) {
		// a waiting client is refused before anything is checked, even a password someone else just used
		Optional<Duration> wait = throttle.waiting(client, username);
		if (wait.isPresent()) {
			throw new LoginThrottled(wait.get());
		}
		Optional<AccountUser> known = remembered.user(username, password);
		if (known.isPresent()) {
			return known.get();
		}
		AccountUser user = check.user(username, password).orElse(null);
		if (user == null) {
			wrong.count(client, username);
			throw new BadCredentialsException("bad credentials");
		}
		throttle.succeeded(client, username);
		remembered.remember(username, password, user.epoch());
		return user;
	}
}
