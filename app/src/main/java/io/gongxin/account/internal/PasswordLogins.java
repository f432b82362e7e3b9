package io.gongxin.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password logins (HTTP Basic and the form). BCrypt is slow on purpose, about 100 ms a check here, which
 * a system calling with HTTP Basic would pay on every request. A password that was right in the last
 * {@value #REMEMBER_SECONDS} seconds is therefore remembered, by a keyed hash that lives only in memory
 * (never the password); the account itself is read again on every request, so a lock or a disabled
 * account takes effect at once.
 */
class PasswordLogins implements AuthenticationProvider {

	static final int REMEMBER_SECONDS = 60;

	private static final int MAX_REMEMBERED = 10_000;

	private final DaoAuthenticationProvider passwords;

	private final AccountUsers users;

	private final Clock clock;

	private final byte[] key = new byte[32];

	private final Map<String, Instant> remembered = new ConcurrentHashMap<>();

	PasswordLogins(AccountUsers users, PasswordEncoder encoder, Clock clock) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.users = users;
		this.clock = clock;
		new SecureRandom().nextBytes(key);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = AccountUsers.normalise(authentication.getName());
		String fingerprint = fingerprint(username, String.valueOf(authentication.getCredentials()));
		Instant until = remembered.get(fingerprint);
		if (until != null && until.isAfter(clock.instant())) {
			AccountUser user = users.find(username).orElse(null);
			if (user != null) {
				if (!user.isAccountNonLocked()) {
					throw new LockedException("account locked");
				}
				if (!user.isEnabled()) {
					throw new DisabledException("account disabled");
				}
				return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
			}
		}
		Authentication result = passwords.authenticate(authentication);
		if (remembered.size() >= MAX_REMEMBERED) {
			remembered.clear();
		}
		remembered.put(fingerprint, clock.instant().plus(Duration.ofSeconds(REMEMBER_SECONDS)));
		return result;
	}

	/** Forgets every remembered password (after a password change). */
	void forget() {
		remembered.clear();
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String fingerprint(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((username.toLowerCase(java.util.Locale.ROOT) + "\0" + password)
				.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
