package io.gongxin.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The enabled account a live bearer token belongs to, read on every request; the token's use noted. */
@Component
class TokenHolders {

	private final JdbcClient jdbc;

	private final AccountUsers users;

	private final Clock clock;

	TokenHolders(JdbcClient jdbc, AccountUsers users, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	/** Empty when the token is unknown, revoked or expired, or its account is disabled. */
	Optional<AccountUser> holder(String token) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Optional<String> username = jdbc.sql("""
				select username from api_tokens
				 where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > ?)""")
			.params(TokenHash.of(token), now)
			.query(String.class)
			.optional();
		if (username.isEmpty()) {
			return Optional.empty();
		}
		jdbc.sql("""
				update api_tokens set last_used_at = ?
				 where token_hash = ? and (last_used_at is null or last_used_at < ?)""")
			.params(now, TokenHash.of(token), now.minusMinutes(1))
			.update();
		// a disabled account's tokens are refused while it stays disabled; failed passwords never touch them
		return users.find(username.get()).filter(AccountUser::isEnabled).map(user -> {
			user.eraseCredentials();
			return user;
		});
	}
}
