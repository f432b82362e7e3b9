package io.gongxin.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enabled account a live bearer token belongs to, read on every request (token and account in one statement);
 * the token's use noted at most once a minute.
 */
@Component
class TokenHolders {

	private final JdbcClient jdbc;

	private final Clock clock;

	TokenHolders(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A live token's account as it is now, and whether the token's last use is more than a minute ago. */
	private record Holder(AccountUser user, boolean useDue) {
	}

	/** Empty when the token is unknown, revoked or expired, or its account is disabled. */
	Optional<AccountUser> holder(String token) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String hash = TokenHash.of(token);
		Optional<Holder> holder = jdbc.sql("""
				select a.username, a.role, a.organisation_code, a.subject_key, a.password_hash, a.enabled, a.session_epoch,
				       t.last_used_at is null or t.last_used_at < ? as use_due
				  from api_tokens t join accounts a on a.username = t.username
				 where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)""")
			.params(now.minusMinutes(1), hash, now)
			.query((rs, row) -> new Holder(new AccountUser(AccountsJdbc.caller(rs, row), rs.getString("password_hash"),
					rs.getBoolean("enabled"), rs.getInt("session_epoch")), rs.getBoolean("use_due")))
			.optional();
		if (holder.isEmpty()) {
			return Optional.empty();
		}
		if (holder.get().useDue()) {
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
