package io.gongxin.account.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.gongxin.account.Accounts.IssuedToken;
import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for systems: issued for at most {@code gongxin.tokens.max-valid-days} (90 by default), listed
 * without their secret, revoked one by one or all at once (a password change). {@link BearerTokens} reads the
 * table on every request, so a revoked token is refused at once on every node. Issuing and revoking go on the
 * query log as decisions.
 */
@Component
class ApiTokens {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AccountDecisions decisions;

	private final int maxValidDays;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, Clock clock, AccountDecisions decisions,
			@Value("${gongxin.tokens.max-valid-days:90}") int maxValidDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.decisions = decisions;
		this.maxValidDays = maxValidDays;
	}

	/** A token as listed: never its secret. */
	record TokenInfo(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			OffsetDateTime lastUsedAt) {
	}

	/**
	 * Issues a token to the account for {@code validDays} (the maximum when absent).
	 * @throws DomainException {@code TOKEN_LIFETIME_TOO_LONG} or {@code UNKNOWN_ACCOUNT}
	 */
	@Transactional
	IssuedToken issue(Caller by, String username, String name, Integer validDays) {
		int days = validDays == null ? maxValidDays : validDays;
		if (days > maxValidDays) {
			throw new DomainException(DomainException.Kind.INVALID, "TOKEN_LIFETIME_TOO_LONG",
					Map.of("maxValidDays", maxValidDays), maxValidDays);
		}
		String account = existing(username);
		IssuedToken token = create(account, name, clock.instant().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
		decisions.decided(by, account, "TOKEN_ISSUED", "token " + token.id() + " \"" + name + "\" valid " + days + " days");
		return token;
	}

	/** Inserts a token; the caller has checked who may have it and for how long. */
	IssuedToken create(String account, String name, Instant expiresAt) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = "gx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		long id = jdbc.sql("""
				insert into api_tokens (username, token_hash, name, created_at, expires_at) values (?, ?, ?, ?, ?)
				returning id""")
			.params(account, TokenHash.of(token), name, OffsetDateTime.now(clock),
					expiresAt == null ? null : OffsetDateTime.ofInstant(expiresAt, clock.getZone()))
			.query(Long.class)
			.single();
		return new IssuedToken(id, token, expiresAt);
	}

	/** The account's tokens that still work (neither revoked nor expired), oldest first. */
	List<TokenInfo> live(String username) {
		String account = existing(username);
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

	/**
	 * Revokes one of the account's tokens; revoking it again changes nothing.
	 * @throws DomainException {@code UNKNOWN_ACCOUNT} or {@code UNKNOWN_TOKEN}
	 */
	@Transactional
	void revoke(Caller by, String username, long id) {
		String account = existing(username);
		int revoked = jdbc.sql("update api_tokens set revoked_at = ? where id = ? and username = ? and revoked_at is null")
			.params(OffsetDateTime.now(clock), id, account)
			.update();
		if (revoked == 1) {
			decisions.decided(by, account, "TOKEN_REVOKED", "token " + id);
			return;
		}
		boolean known = jdbc.sql("select count(*) from api_tokens where id = ? and username = ?")
			.params(id, account)
			.query(Long.class)
			.single() > 0;
		if (!known) {
			throw new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_TOKEN", Map.of("id", id), id);
		}
	}

	/** Revokes every token the account still has; how many. */
	int revokeAll(String account) {
		return jdbc.sql("update api_tokens set revoked_at = ? where lower(username) = lower(?) and revoked_at is null")
			.params(OffsetDateTime.now(clock), account)
			.update();
	}

	/** The account's name as stored. */
	String existing(String username) {
		return jdbc.sql("select username from accounts where lower(username) = lower(?)")
			.param(AccountUsers.normalise(username))
			.query(String.class)
			.optional()
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ACCOUNT",
					Map.of("username", username), username));
	}
}
