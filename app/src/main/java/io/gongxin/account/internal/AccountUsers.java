package io.gongxin.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
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

	/** The columns of {@code accounts} (aliased {@code a}) an {@link AccountUser} is read from ({@link #user}). */
	static final String COLUMNS = "a.username, a.role, a.organisation_code, a.subject_key, a.password_hash, a.enabled,"
			+ " a.session_epoch";

	Optional<AccountUser> find(String username) {
		return jdbc.sql("select " + COLUMNS + " from accounts a where lower(a.username) = lower(?)")
			.param(username)
			.query(AccountUsers::user)
			.optional();
	}

	static AccountUser user(ResultSet rs, int row) throws SQLException {
		return new AccountUser(AccountsJdbc.caller(rs, row), rs.getString("password_hash"), rs.getBoolean("enabled"),
				rs.getInt("session_epoch"));
	}

	static String normalise(String username) {
		return username == null ? "" : username.trim();
	}
}
