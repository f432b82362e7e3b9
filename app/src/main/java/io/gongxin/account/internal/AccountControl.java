package io.gongxin.account.internal;

import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre withdraws and restores an account (R-20b: an agency's batch port among them). A disabled account's
 * passwords and tokens are refused while it stays disabled, and its page sessions end for good (the session epoch
 * moves on); enabling it restores its password and its tokens, not the ended sessions. Each decision goes on the
 * query log with who and why.
 */
@Component
class AccountControl {

	private final JdbcClient jdbc;

	private final LoginThrottle throttle;

	private final AccountDecisions decisions;

	private final io.gongxin.platform.SharedCaches caches;

	AccountControl(JdbcClient jdbc, LoginThrottle throttle, AccountDecisions decisions,
			io.gongxin.platform.SharedCaches caches) {
		this.caches = caches;
		this.jdbc = jdbc;
		this.throttle = throttle;
		this.decisions = decisions;
	}

	@Transactional
	AccountState disable(Caller by, String username, String reason) {
		if (AccountUsers.normalise(username).equalsIgnoreCase(by.username())) {
			throw new DomainException(DomainException.Kind.INVALID, "CANNOT_DISABLE_SELF");
		}
		String account = update(username, """
				update accounts set enabled = false, disabled_reason = ?, session_epoch = session_epoch + 1
				 where lower(username) = lower(?) returning username""", reason);
		// the moved epoch already voids its remembered passwords; forgetting them everywhere is tidier
		caches.changed(PasswordLogins.CACHE);
		decisions.decided(by, account, "ACCOUNT_DISABLED", reason);
		return new AccountState(account, false, reason);
	}

	@Transactional
	AccountState enable(Caller by, String username, String reason) {
		String account = update(username, """
				update accounts set enabled = true, disabled_reason = null
				 where lower(username) = lower(?) returning username""", null);
		decisions.decided(by, account, "ACCOUNT_ENABLED", reason);
		return new AccountState(account, true, reason);
	}

	/** Lifts every client's login wait for the account (the centre's answer to a forgotten password). */
	@Transactional
	void unlock(Caller by, String username) {
		String account = update(username, "select username from accounts where lower(username) = lower(?)", null);
		int clients = throttle.lift(account);
		decisions.decided(by, account, "LOGIN_THROTTLES_LIFTED", clients + " clients waiting");
	}

	private String update(String username, String sql, String reason) {
		var statement = reason == null ? jdbc.sql(sql).param(AccountUsers.normalise(username))
				: jdbc.sql(sql).params(reason, AccountUsers.normalise(username));
		return statement.query(String.class)
			.optional()
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ACCOUNT",
					Map.of("username", username), username));
	}
}
