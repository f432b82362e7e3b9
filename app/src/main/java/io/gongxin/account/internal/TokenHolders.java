package io.gongxin.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enabled account a live bearer token belongs to, read on every request with the token in one statement (issue 16:
 * fresh, never from a snapshot, so a revoked token or a disabled account is refused at once); the token's use noted at
 * most once a minute, and only then written.
 */
@Component
class TokenHolders {

	private static final String HOLDER = "select " + AccountUsers.COLUMNS + ", t.last_used_at" + """
			  from api_tokens t join accounts a on lower(a.username) = lower(t.username)
			 where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)""";

	private final JdbcClient jdbc;

	private final Clock clock;

	TokenHolders(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A token's holder, and when the token was last noted in use. */
	private record Holder(AccountUser user, OffsetDateTime lastUsedAt) {
	}

	/** Empty when the token is unknown, revoked or expired, or its account is disabled. */
	Optional<AccountUser> holder(String token) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String hash = TokenHash.of(token);
		Optional<Holder> holder = jdbc.sql(HOLDER)
			.params(hash, now)
			.query((rs, row) -> new Holder(AccountUsers.user(rs, row), rs.getObject("last_used_at", OffsetDateTime.class)))
			.optional();
		if (holder.isEmpty()) {
			return Optional.empty();
		}
		OffsetDateTime noted = holder.get().lastUsedAt();
		if (noted == null || noted.isBefore(now.minusMinutes(1))) {
			jdbc.sql("""
					update api_tokens set last_used_at = ?
					 where token_hash = ? and (last_used_at is null or last_used_at < ?)""")
				.params(now, hash, now.minusMinutes(1))
				.update();
		}
		// a disabled account's tokens are refused while it stays disabled; failed passwords never touch them
		return Optional.of(holder.get().user()).filter(AccountUser::isEnabled).map(user -> {
			user.eraseCredentials();
			return user;
		});
	}
}
