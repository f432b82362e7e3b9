package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account changes its own password: it proves the current one (a wrong one counts against this client like a
 * failed login), the new one is checked like a first one, and whoever may have learnt the old one loses what it
 * gave: every API token of the account is revoked and every other session ends (the session epoch moves on).
 */
@Component
class PasswordChanges {

	private final AccountsJdbc accounts;

	private final LoginThrottle throttle;

	private final WrongPasswords wrong;

	private final AccountTokens tokens;

	private final AccountDecisions decisions;

	private final RememberedPasswords remembered;

	PasswordChanges(AccountsJdbc accounts, LoginThrottle throttle, WrongPasswords wrong, AccountTokens tokens,
			AccountDecisions decisions, RememberedPasswords remembered) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.wrong = wrong;
		this.tokens = tokens;
		this.decisions = decisions;
		this.remembered = remembered;
	}

	/**
	 * Changes the password; returns the account's new session epoch (the session that made the change keeps
	 * working by taking it).
	 */
	@Transactional(noRollbackFor = DomainException.class)
	int change(Caller caller, String client, String current, String next) {
		if (throttle.waiting(client, caller.username()).isPresent()) {
			throw new DomainException(DomainException.Kind.TOO_MANY, "LOGIN_THROTTLED");
		}
		if (current == null || !accounts.passwordMatches(caller.username(), current)) {
			wrong.count(client, caller.username());
			throw new DomainException(DomainException.Kind.INVALID, "CURRENT_PASSWORD_WRONG");
		}
		int epoch = accounts.changePassword(caller.username(), next);
		int revoked = tokens.revokeAll(caller.username());
		decisions.decided(caller, caller.username(), "PASSWORD_CHANGED",
				revoked + " API tokens revoked, other sessions ended");
		remembered.forgetAll();
		return epoch;
	}
}
