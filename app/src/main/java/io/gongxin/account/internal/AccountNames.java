package io.gongxin.account.internal;

import java.util.Map;

import io.gongxin.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An account's name as stored, whatever the case it was typed in. */
@Component
class AccountNames {

	private final JdbcClient jdbc;

	AccountNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws DomainException {@code UNKNOWN_ACCOUNT} */
	String existing(String username) {
		return jdbc.sql("select username from accounts where lower(username) = lower(?)")
			.param(AccountUsers.normalise(username))
			.query(String.class)
			.optional()
			.orElseThrow(() -> unknown(username));
	}

	static DomainException unknown(String username) {
		return new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ACCOUNT", Map.of("username", username),
				username);
	}
}
