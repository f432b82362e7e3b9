package io.gongxin.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords are counted per client address and user name, in the database so that every node sees them.
 * After {@code gongxin.logins.free-failures} failures in a row the pair waits {@code first-delay} before its next
 * attempt is even checked, and each further failure doubles the wait up to {@code max-delay}. Only that client is
 * held back: the account, its other clients and its API tokens are untouched, so nobody can lock someone else
 * out by guessing. Unknown user names are counted the same way, so the answers tell nothing about who exists. A
 * right password clears the pair; failures older than a day are forgotten.
 */
@Component
class LoginThrottle {

	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	private static final int MAX_CLIENT = 100;

	private static final int MAX_USERNAME = 200;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginDelays delays;

	LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${gongxin.logins.free-failures:5}") int freeFailures,
			@Value("${gongxin.logins.first-delay:PT1M}") Duration firstDelay,
			@Value("${gongxin.logins.max-delay:PT30M}") Duration maxDelay) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.delays = new LoginDelays(freeFailures, firstDelay, maxDelay);
	}

	/** How long this client must still wait before a password for this user name is checked, if at all. */
	Optional<Duration> waiting(String client, String username) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return jdbc.sql("select blocked_until from login_throttle where client = ? and username = ? and blocked_until > ?")
			.params(client(client), key(username), now)
			.query(OffsetDateTime.class)
			.optional()
			.map(until -> Duration.between(now, until));
	}

	/** Counts a wrong password (or an unknown user name) from this client; returns the wait it now starts, if any. */
	Optional<Duration> failed(String client, String username) {
		OffsetDateTime now = OffsetDateTime.now(clock);
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
			.params(client(client), key(username), now, now.minus(FORGET_AFTER))
			.query(Integer.class)
			.single();
		if (!delays.waitsAfter(failures)) {
			return Optional.empty();
		}
		Duration wait = delays.delayAfter(failures);
		jdbc.sql("update login_throttle set blocked_until = ? where client = ? and username = ?")
			.params(now.plus(wait), client(client), key(username))
			.update();
		return Optional.of(wait);
	}

	void succeeded(String client, String username) {
		jdbc.sql("delete from login_throttle where client = ? and username = ?")
			.params(client(client), key(username))
			.update();
	}

	/** Lifts every client's wait for this user name (the centre administrator); how many clients were waiting. */
	int lift(String username) {
		return jdbc.sql("delete from login_throttle where username = ?").param(key(username)).update();
	}

	private static String key(String username) {
		String key = AccountUsers.normalise(username).toLowerCase(Locale.ROOT);
		return key.length() > MAX_USERNAME ? key.substring(0, MAX_USERNAME) : key;
	}

	private static String client(String client) {
		String value = client == null || client.isBlank() ? "unknown" : client;
		return value.length() > MAX_CLIENT ? value.substring(0, MAX_CLIENT) : value;
	}
}
