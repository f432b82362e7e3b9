package io.gongxin.account.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;

import io.gongxin.account.Accounts.IssuedToken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A new bearer token: a random secret shown once, only its hash kept ({@link TokenHash}). */
@Component
class NewTokens {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	NewTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
}
