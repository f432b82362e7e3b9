package io.gongxin.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Organisation;
import io.gongxin.account.Role;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class AccountsJdbc implements Accounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final AccountOpening opening;

	private final OrganisationsJdbc organisations;

	private final NewTokens tokens;

	AccountsJdbc(JdbcClient jdbc, PasswordEncoder passwords, AccountOpening opening, OrganisationsJdbc organisations,
			NewTokens tokens) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.opening = opening;
		this.organisations = organisations;
		this.tokens = tokens;
	}

	@Override
	@Transactional
	public Caller open(NewAccount account, String openedBy) {
		return opening.open(account, openedBy);
	}

	@Override
	@Transactional
	public Organisation registerOrganisation(Organisation organisation) {
		return organisations.register(organisation);
	}

	@Override
	public Optional<Organisation> organisation(String code) {
		return organisations.find(code);
	}

	@Override
	public List<Organisation> organisations() {
		return organisations.all();
	}

	@Override
	public Optional<Caller> find(String username) {
		return jdbc.sql("select username, role, organisation_code, subject_key from accounts where lower(username) = lower(?)")
			.param(username)
			.query(AccountsJdbc::caller)
			.optional();
	}

	@Override
	public boolean exists(String username) {
		return find(username).isPresent();
	}

	/**
	 * Sets a new password, checked like a first one, and moves the session epoch on so that every session made
	 * with the old one ends; returns the new epoch. The caller has proved the current password.
	 */
	int changePassword(String username, String password) {
		PasswordPolicy.requireStrong(username, password);
		return jdbc.sql("""
				update accounts set password_hash = ?, session_epoch = session_epoch + 1
				 where lower(username) = lower(?) returning session_epoch""")
			.params(passwords.encode(password), username)
			.query(Integer.class)
			.single();
	}

	@Override
	public boolean passwordMatches(String username, String password) {
		return jdbc.sql("select password_hash from accounts where lower(username) = lower(?)")
			.param(username)
			.query(String.class)
			.optional()
			.map(hash -> passwords.matches(password, hash))
			.orElse(false);
	}

	@Override
	@Transactional
	public IssuedToken issueToken(String username, String name, Instant expiresAt) {
		return tokens.create(username, name, expiresAt);
	}

	static Caller caller(ResultSet rs, int row) throws SQLException {
		Long subject = rs.getObject("subject_key", Long.class);
		return new Caller(rs.getString("username"), Role.valueOf(rs.getString("role")),
				rs.getString("organisation_code"), subject == null ? null : new SubjectKey(subject));
	}
}
