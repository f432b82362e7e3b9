package io.gongxin.account.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A password checked against the account's hash. An unknown user name costs the same work as a wrong password: one
 * account read and one BCrypt check, against a dummy hash when there is no account.
 */
@Component
class PasswordCheck {

	private final AccountUsers users;

	private final PasswordEncoder encoder;

	private final String dummyHash;

	PasswordCheck(AccountUsers users, PasswordEncoder encoder) {
		this.users = users;
		this.encoder = encoder;
		byte[] dummy = new byte[16];
		new SecureRandom().nextBytes(dummy);
		this.dummyHash = encoder.encode(HexFormat.of().formatHex(dummy));
	}

	/** The account when the password is its own; empty for a wrong password and an unknown user name alike. */
	Optional<AccountUser> user(String username, String password) {
		AccountUser user = users.find(username).orElse(null);
		boolean matches = encoder.matches(password, user == null ? dummyHash : user.getPassword());
		return user != null && matches ? Optional.of(user) : Optional.empty();
	}
}
