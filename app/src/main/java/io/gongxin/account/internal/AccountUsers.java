package io.gongxin.account.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads accounts as Spring Security principals, fresh from the database each time: the state that decides access
 * (enabled, session epoch, role) is never taken from a snapshot.
 */
@Component
class AccountUsers implements UserDetailsService {

	private final JdbcClient jdbc;

	AccountUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return find(normalise(username)).orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	Optional<AccountUser> find(String username) {
		return jdbc.sql("""
				select username, role, organisation_code, subject_key, password_hash, enabled, session_epoch
				  from accounts where lower(username) = lower(?)""")
			.param(username)
			.query((rs, row) -> new AccountUser(AccountsJdbc.caller(rs, row), rs.getString("password_hash"),
					rs.getBoolean("enabled"), rs.getInt("session_epoch")))
			.optional();
	}

	static String normalise(String username) {
		return username == null ? "" : username.trim();
	}
}
