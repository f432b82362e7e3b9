package io.gongxin.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords counted per client and user name ({@link ThrottleKey}) in the database, seen by every node; unknown
 * user names count the same, so the answers tell nothing about who exists. From {@code gongxin.logins.free-failures}
 * failures in a row the pair waits ({@link LoginDelays}); failures older than a day are forgotten.
 */
@Component
class WrongPasswords {

	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginDelays delays;

	WrongPasswords(JdbcClient jdbc, Clock clock, LoginDelays delays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.delays = delays;
	}

	/** Counts a wrong password (or an unknown user name) from this client; returns the wait it now starts, if any. */
	Optional<Duration> count(String client, String username) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		ThrottleKey key = new ThrottleKey(client, username);
		jdbc.sql("""
				delete from login_throttle where ctid in (
				    select ctid from login_throttle where last_failure_at < ? limit 100)""")
			.param(now.minus(FORGET_AFTER))
			.update();
		int failures = jdbc.sql("""
				insert into login_throttle (client, username, failures, last_failure_at) values (?, ?, 1, ?)
				on conflict (client, username) do update
				   set failures = case when login_throttle.last_failure_at < ? then 1 else login_throttle.failures + 1 end,
				       last_failure_at = excluded.last_failure_at
				returning failures""")
			.params(key.client(), key.username(), now, now.minus(FORGET_AFTER))
			.query(Integer.class)
			.single();
		if (!delays.waitsAfter(failures)) {
			return Optional.empty();
		}
		Duration wait = delays.delayAfter(failures);
		jdbc.sql("update login_throttle set blocked_until = ? where client = ? and username = ?")
			.params(now.plus(wait), key.client(), key.username())
			.update();
		return Optional.of(wait);
	}
}
