package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account changes its own password: it proves the current one (a wrong one counts towards the lock-out like
 * a failed login), the new one is checked like a first one, and every remembered login is forgotten.
 */
@Component
class PasswordChanges {

	private final AccountsJdbc accounts;

	private final AccountUsers users;

	private final PasswordLogins logins;

	PasswordChanges(AccountsJdbc accounts, AccountUsers users, PasswordLogins logins) {
		this.accounts = accounts;
		this.users = users;
		this.logins = logins;
	}

	@Transactional(noRollbackFor = ProblemException.class)
	void change(Caller caller, String current, String next) {
		if (current == null || !accounts.passwordMatches(caller.username(), current)) {
			users.failed(caller.username());
			throw new ProblemException(HttpStatus.BAD_REQUEST, "CURRENT_PASSWORD_WRONG");
		}
		accounts.changePassword(caller.username(), next);
		logins.forget();
	}
}
