package io.gongxin.account.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Whether an account is enabled, and why not ({@code accounts.enabled}, {@code disabled_reason}). */
@Repository
class AccountStatesJdbc {

	private final JdbcClient jdbc;

	AccountStatesJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Disables the account and moves its session epoch on; its name as stored. */
	String disable(String username, String reason) {
		return update(username, """
				update accounts set enabled = false, disabled_reason = ?, session_epoch = session_epoch + 1
				 where lower(username) = lower(?) returning username""", reason);
	}

	/** Enables the account; its name as stored. */
	String enable(String username) {
		return update(username, """
				update accounts set enabled = true, disabled_reason = null
				 where lower(username) = lower(?) returning username""", null);
	}

	private String update(String username, String sql, String reason) {
		var statement = reason == null ? jdbc.sql(sql).param(AccountUsers.normalise(username))
				: jdbc.sql(sql).params(reason, AccountUsers.normalise(username));
		return statement.query(String.class)
			.optional()
			.orElseThrow(() -> AccountNames.unknown(username));
	}
}
