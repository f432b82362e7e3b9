package io.gongxin.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An account's API tokens: those that still work, listed without their secret, and all revoked at once. */
@Component
class AccountTokens {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AccountNames names;

	AccountTokens(JdbcClient jdbc, Clock clock, AccountNames names) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.names = names;
	}

	/** A token as listed: never its secret. */
	record TokenInfo(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			OffsetDateTime lastUsedAt) {
	}

	/** The account's tokens that still work (neither revoked nor expired), oldest first. */
	List<TokenInfo> live(String username) {
		String account = names.existing(username);
		return jdbc.sql("""
				select id, name, created_at, expires_at, last_used_at from api_tokens
				 where username = ? and revoked_at is null and (expires_at is null or expires_at > ?)
				 order by id limit 1000""")
			.params(account, OffsetDateTime.now(clock))
			.query((rs, row) -> new TokenInfo(rs.getLong("id"), rs.getString("name"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
					rs.getObject("last_used_at", OffsetDateTime.class)))
			.list();
	}

	/** Revokes every token the account still has (a password change); how many. */
	int revokeAll(String account) {
		return jdbc.sql("update api_tokens set revoked_at = ? where lower(username) = lower(?) and revoked_at is null")
			.params(OffsetDateTime.now(clock), account)
			.update();
	}
}
