package io.gongxin.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.gongxin.platform.SharedCaches;

import org.springframework.cache.Cache;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins (HTTP Basic and the form).
 * <p>
 * An unknown user name is answered exactly like a wrong password: the same exception, after the same work (one
 * account read and one BCrypt check, against a dummy hash when there is no account), counted by the same
 * {@link LoginThrottle}. Whether an account is disabled is told only to someone who knows its password.
 * <p>
 * BCrypt is slow on purpose, about 100 ms a check here, which a system calling with HTTP Basic would pay on
 * every request. A password that was right in the last {@value #REMEMBER_SECONDS} seconds is therefore
 * remembered, by a keyed hash that lives only in this node's bounded cache (never the password; ADR 0013), together
 * with the account's session
 * epoch: the account is read again on every request, so a disable takes effect at once, and a password changed on
 * any node moves the epoch and makes the old password's memory worthless.
 */
class PasswordLogins implements AuthenticationProvider {

	static final int REMEMBER_SECONDS = 60;

	/** The cache of remembered passwords, on every node (ADR 0013). */
	static final String CACHE = "passwords";

	/** Bounded: a flood of distinct right passwords pushes out the least used, never the heap. */
	static final int MAX_REMEMBERED = 10_000;

	private final AccountUsers users;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final Clock clock;

	private final String dummyHash;

	private final byte[] key = new byte[32];

	private final SharedCaches caches;

	PasswordLogins(AccountUsers users, PasswordEncoder encoder, LoginThrottle throttle, Clock clock,
			SharedCaches caches) {
		this.users = users;
		this.caches = caches;
		this.encoder = encoder;
		this.throttle = throttle;
		this.clock = clock;
		SecureRandom random = new SecureRandom();
		random.nextBytes(key);
		byte[] dummy = new byte[16];
		random.nextBytes(dummy);
		this.dummyHash = encoder.encode(HexFormat.of().formatHex(dummy));
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = AccountUsers.normalise(authentication.getName());
		String password = String.valueOf(authentication.getCredentials());
		// a waiting client is refused before anything is checked, even a password someone else just used
		String client = clientOf(authentication);
		Optional<Duration> wait = throttle.waiting(client, username);
		if (wait.isPresent()) {
			throw new LoginThrottled(wait.get());
		}
		String fingerprint = fingerprint(username, password);
		Cache remembered = caches.cache(CACHE);
		Remembered memory = remembered.get(fingerprint, Remembered.class);
		if (memory != null && memory.until().isAfter(clock.instant())) {
			Optional<AccountUser> user = users.find(username).filter(u -> u.epoch() == memory.epoch());
			if (user.isPresent()) {
				return admitted(user.get());
			}
			remembered.evict(fingerprint);
		}
		AccountUser user = users.find(username).orElse(null);
		boolean matches = encoder.matches(password, user == null ? dummyHash : user.getPassword());
		if (user == null || !matches) {
			throttle.failed(client, username);
			throw new BadCredentialsException("bad credentials");
		}
		throttle.succeeded(client, username);
		remembered.put(fingerprint,
				new Remembered(clock.instant().plus(Duration.ofSeconds(REMEMBER_SECONDS)), user.epoch()));
		return admitted(user);
	}

	private static Authentication admitted(AccountUser user) {
		if (!user.isEnabled()) {
			throw new DisabledException("account disabled");
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/**
	 * Forgets every remembered password on every node once the current transaction commits (each node would
	 * also notice the moved epoch on its next request).
	 */
	void forget() {
		caches.changed(CACHE);
	}

	/** The address the attempt came from (behind a proxy, configure {@code server.forward-headers-strategy}). */
	static String clientOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String fingerprint(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of()
				.formatHex(mac.doFinal((username.toLowerCase(Locale.ROOT) + "\0" + password).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Remembered(Instant until, int epoch) {
	}
}
