package io.gongxin.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Revokes one of an account's API tokens, a decision on the query log. */
@Component
class TokenRevocation {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AccountNames names;

	private final AccountDecisions decisions;

	TokenRevocation(JdbcClient jdbc, Clock clock, AccountNames names, AccountDecisions decisions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.names = names;
		this.decisions = decisions;
	}

	/**
	 * Revokes one of the account's tokens; revoking it again changes nothing.
	 * @throws DomainException {@code UNKNOWN_ACCOUNT} or {@code UNKNOWN_TOKEN}
	 */
	@Transactional
	void revoke(Caller by, String username, long id) {
		String account = names.existing(username);
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
}
