package io.gongxin.account.internal;

import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.account.NewAccount;
import io.gongxin.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Opens an account ({@link AccountsJdbc#open}): a strong password, bound to whom it acts for
 * ({@link AccountBindings}), under a user name not taken.
 */
@Component
class AccountOpening {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final AccountBindings bindings;

	AccountOpening(JdbcClient jdbc, PasswordEncoder passwords, AccountBindings bindings) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.bindings = bindings;
	}

	Caller open(NewAccount account, String openedBy) {
		String username = account.username().trim();
		String password = account.password();
		PasswordPolicy.requireStrong(username, password);
		AccountBindings.Binding binding = bindings.of(account);
		int inserted = jdbc.sql("""
				insert into accounts (username, password_hash, role, organisation_code, subject_key, created_by)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(username, passwords.encode(password), account.role().name(), binding.organisation(),
					binding.subject() == null ? null : binding.subject().value(), openedBy)
			.update();
		if (inserted == 0) {
			throw new DomainException(DomainException.Kind.CONFLICT, "USERNAME_TAKEN", Map.of("username", username, "field", "username"), username);
		}
		return new Caller(username, account.role(), binding.organisation(), binding.subject());
	}
}
