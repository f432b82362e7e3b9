package io.gongxin.account.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the stored token hashes. A token that
 * is unknown, revoked or expired, or whose account is disabled, is refused with 401
 * {@code INVALID_TOKEN}; it never falls back to anonymous.
 */
class BearerTokens extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final JdbcClient jdbc;

	private final AccountUsers users;

	private final Clock clock;

	private final AuthenticationEntryPoint entryPoint;

	BearerTokens(JdbcClient jdbc, AccountUsers users, Clock clock, AuthenticationEntryPoint entryPoint) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountUser> user = authenticate(header.substring(PREFIX.length()).trim());
		if (user.isEmpty()) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new InvalidToken());
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Optional<AccountUser> authenticate(String token) {
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

	/** The bearer token was not accepted. */
	static final class InvalidToken extends AuthenticationException {

		InvalidToken() {
			super("invalid bearer token");
		}
	}
}
