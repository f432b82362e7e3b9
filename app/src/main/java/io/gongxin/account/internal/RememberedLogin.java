package io.gongxin.account.internal;

import java.time.Instant;

/**
 * A password that was right for an account lately ({@link RememberedPasswords}): until when it is remembered, and
 * the account's session epoch then, so that a password changed on any node (which moves the epoch) makes it
 * worthless.
 */
record RememberedLogin(Instant until, int epoch) {

	static final int REMEMBER_SECONDS = 60;

	static RememberedLogin from(Instant now, int epoch) {
		return new RememberedLogin(now.plusSeconds(REMEMBER_SECONDS), epoch);
	}

	boolean liveAt(Instant now) {
		return until.isAfter(now);
	}
}
