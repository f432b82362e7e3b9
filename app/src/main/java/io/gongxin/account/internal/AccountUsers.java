package io.gongxin.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for login and keeps the lock-out: after {@value #MAX_FAILURES} wrong passwords in a
 * row an account is locked for {@value #LOCK_MINUTES} minutes, whatever password comes next.
 */
@Component
class AccountUsers implements UserDetailsService {

	static final int MAX_FAILURES = 5;

	static final int LOCK_MINUTES = 30;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountUsers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return find(normalise(username)).orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	Optional<AccountUser> find(String username) {
		Instant now = clock.instant();
		return jdbc.sql("""
				select username, role, organisation_code, subject_key, password_hash, enabled, locked_until
				  from accounts where lower(username) = lower(?)""")
			.param(username)
			.query((rs, row) -> {
				OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
				return new AccountUser(AccountsJdbc.caller(rs, row), rs.getString("password_hash"),
						rs.getBoolean("enabled"), lockedUntil != null && lockedUntil.toInstant().isAfter(now));
			})
			.optional();
	}

	/** Counts a wrong password; the fifth in a row locks the account and starts counting again. */
	void failed(String username) {
		jdbc.sql("""
				update accounts
				   set locked_until  = case when failed_logins + 1 >= ? then ? else locked_until end,
				       failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end
				 where lower(username) = lower(?)""")
			.params(MAX_FAILURES, OffsetDateTime.ofInstant(clock.instant().plus(LOCK_MINUTES, ChronoUnit.MINUTES),
					clock.getZone()), MAX_FAILURES, normalise(username))
			.update();
	}

	void succeeded(String username) {
		jdbc.sql("update accounts set failed_logins = 0 where lower(username) = lower(?) and failed_logins <> 0")
			.param(normalise(username))
			.update();
	}

	/** Lifts a lock before its time (centre administrator). */
	boolean unlock(String username) {
		return jdbc.sql("update accounts set locked_until = null, failed_logins = 0 where lower(username) = lower(?)")
			.param(normalise(username))
			.update() == 1;
	}

	static String normalise(String username) {
		return username == null ? "" : username.trim();
	}
}
