package io.gongxin.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client that gave too many wrong passwords for a user name ({@link WrongPasswords}) waits before its next
 * attempt is even checked, in the database so that every node sees it. Only that client is held back: the
 * account, its other clients and its API tokens are untouched, so nobody can lock someone else out by guessing. A
 * right password clears the pair.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How long this client must still wait before a password for this user name is checked, if at all. */
	Optional<Duration> waiting(String client, String username) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		ThrottleKey key = new ThrottleKey(client, username);
		return jdbc.sql("select blocked_until from login_throttle where client = ? and username = ? and blocked_until > ?")
			.params(key.client(), key.username(), now)
			.query(OffsetDateTime.class)
			.optional()
			.map(until -> Duration.between(now, until));
	}

	void succeeded(String client, String username) {
		ThrottleKey key = new ThrottleKey(client, username);
		jdbc.sql("delete from login_throttle where client = ? and username = ?")
			.params(key.client(), key.username())
			.update();
	}

	/** Lifts every client's wait for this user name (the centre administrator); how many clients were waiting. */
	int lift(String username) {
		return jdbc.sql("delete from login_throttle where username = ?").param(ThrottleKey.user(username)).update();
	}
}
