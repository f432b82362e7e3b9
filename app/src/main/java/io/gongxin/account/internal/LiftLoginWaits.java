package io.gongxin.account.internal;

import io.gongxin.account.Caller;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre lifts every client's login wait for an account (its answer to a forgotten password); the decision goes
 * on the query log with how many clients were waiting.
 */
@Component
class LiftLoginWaits {

	private final AccountNames names;

	private final LoginThrottle throttle;

	private final AccountDecisions decisions;

	LiftLoginWaits(AccountNames names, LoginThrottle throttle, AccountDecisions decisions) {
		this.names = names;
		this.throttle = throttle;
		this.decisions = decisions;
	}

	@Transactional
	void lift(Caller by, String username) {
		String account = names.existing(username);
		int clients = throttle.lift(account);
		decisions.decided(by, account, "LOGIN_THROTTLES_LIFTED", clients + " clients waiting");
	}
}
