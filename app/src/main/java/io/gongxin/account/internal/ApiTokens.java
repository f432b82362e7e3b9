package io.gongxin.account.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.gongxin.account.Accounts.IssuedToken;
import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for systems: issued for at most {@code gongxin.tokens.max-valid-days} (90 by default), listed
 * without their secret ({@link AccountTokens}), revoked one by one ({@link TokenRevocation}) or all at once (a
 * password change). {@link BearerTokens} reads the table on every request, so a revoked token is refused at
 * once on every node. Issuing and revoking go on the query log as decisions.
 */
@Component
class ApiTokens {

	private final NewTokens tokens;

	private final AccountNames names;

	private final AccountDecisions decisions;

	private final Clock clock;

	private final int maxValidDays;

	ApiTokens(NewTokens tokens, AccountNames names, AccountDecisions decisions, Clock clock,
			@Value("${gongxin.tokens.max-valid-days:90}") int maxValidDays) {
		this.tokens = tokens;
		this.names = names;
		this.decisions = decisions;
		this.clock = clock;
		this.maxValidDays = maxValidDays;
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
		String account = names.existing(username);
		IssuedToken token = tokens.create(account, name, clock.instant().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
		decisions.decided(by, account, "TOKEN_ISSUED", "token " + token.id() + " \"" + name + "\" valid " + days + " days");
		return token;
	}
}
