package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre withdraws and restores an account (R-20b: an agency's batch port among them). A disabled account's
 * passwords and tokens are refused while it stays disabled, and its page sessions end for good (the session epoch
 * moves on); enabling it restores its password and its tokens, not the ended sessions. Each decision goes on the
 * query log with who and why. Lifting an account's login waits: {@link LiftLoginWaits}.
 */
@Component
class AccountControl {

	private final AccountStatesJdbc states;

	private final AccountDecisions decisions;

	private final RememberedPasswords remembered;

	AccountControl(AccountStatesJdbc states, AccountDecisions decisions, RememberedPasswords remembered) {
		this.remembered = remembered;
		this.states = states;
		this.decisions = decisions;
	}

	@Transactional
	AccountState disable(Caller by, String username, String reason) {
		if (AccountUsers.normalise(username).equalsIgnoreCase(by.username())) {
			throw new DomainException(DomainException.Kind.INVALID, "CANNOT_DISABLE_SELF");
		}
		String account = states.disable(username, reason);
		// the moved epoch already voids its remembered passwords; forgetting them everywhere is tidier
		remembered.forgetAll();
		decisions.decided(by, account, "ACCOUNT_DISABLED", reason);
		return new AccountState(account, false, reason);
	}

	@Transactional
	AccountState enable(Caller by, String username, String reason) {
		String account = states.enable(username);
		decisions.decided(by, account, "ACCOUNT_ENABLED", reason);
		return new AccountState(account, true, reason);
	}
}
