package io.gongxin.account.internal;

import java.util.Map;

import io.gongxin.platform.DomainException;

/**
 * What a password must be, for a new account and for a change (R-26: access only through one's own account): at
 * least {@value #MIN_PASSWORD} and at most {@value #MAX_PASSWORD} characters, and not the username in any case.
 */
final class PasswordPolicy {

	static final int MIN_PASSWORD = 8;

	static final int MAX_PASSWORD = 128;

	private PasswordPolicy() {
	}

	/** Refuses a weak password with {@code WEAK_PASSWORD} on the field {@code password}. */
	static void requireStrong(String username, String password) {
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD
				|| password.equalsIgnoreCase(username)) {
			throw new DomainException(DomainException.Kind.INVALID, "WEAK_PASSWORD", Map.of("field", "password"),
					MIN_PASSWORD, MAX_PASSWORD);
		}
	}
}
