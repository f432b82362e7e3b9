package io.gongxin.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Organisation;
import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class AccountsJdbc implements Accounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Subjects subjects;

	private final ApiTokens tokens;

	AccountsJdbc(JdbcClient jdbc, PasswordEncoder passwords, Subjects subjects, ApiTokens tokens) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.subjects = subjects;
	}

	@Override
	@Transactional
	public Caller open(NewAccount account, String openedBy) {
		String username = account.username().trim();
		String password = account.password();
		PasswordPolicy.requireStrong(username, password);
		SubjectKey subject = null;
		String organisation = null;
		if (account.role() == Role.SUBJECT) {
			if (account.subject() == null) {
				throw new DomainException(DomainException.Kind.INVALID, "SUBJECT_REQUIRED", Map.of("field", "subjectId"));
			}
			subject = subjects.register(account.subject(), null).key();
		}
		else {
			if (account.organisation() == null || account.organisation().isBlank()) {
				throw new DomainException(DomainException.Kind.INVALID, "ORGANISATION_REQUIRED", Map.of("field", "organisation"));
			}
			organisation = organisation(account.organisation().trim().toUpperCase(java.util.Locale.ROOT))
				.orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "UNKNOWN_ORGANISATION",
						Map.of("organisation", account.organisation(), "field", "organisation"), account.organisation()))
				.code();
		}
		int inserted = jdbc.sql("""
				insert into accounts (username, password_hash, role, organisation_code, subject_key, created_by)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(username, passwords.encode(password), account.role().name(), organisation,
					subject == null ? null : subject.value(), openedBy)
			.update();
		if (inserted == 0) {
			throw new DomainException(DomainException.Kind.CONFLICT, "USERNAME_TAKEN", Map.of("username", username, "field", "username"), username);
		}
		return new Caller(username, account.role(), organisation, subject);
	}

	@Override
	@Transactional
	public Organisation registerOrganisation(Organisation organisation) {
		int inserted = jdbc.sql("insert into organisations (code, name) values (?, ?) on conflict (code) do nothing")
			.params(organisation.code(), organisation.name())
			.update();
		if (inserted == 0) {
			throw new DomainException(DomainException.Kind.CONFLICT, "ORGANISATION_EXISTS",
					Map.of("organisation", organisation.code()), organisation.code());
		}
		return organisation;
	}

	@Override
	public Optional<Organisation> organisation(String code) {
		return jdbc.sql("select code, name from organisations where code = ?")
			.param(code)
			.query((rs, row) -> new Organisation(rs.getString("code"), rs.getString("name")))
			.optional();
	}

	@Override
	public List<Organisation> organisations() {
		return jdbc.sql("select code, name from organisations order by code")
			.query((rs, row) -> new Organisation(rs.getString("code"), rs.getString("name")))
			.list();
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
