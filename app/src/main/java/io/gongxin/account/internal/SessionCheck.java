package io.gongxin.account.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page session holds the account as it was at login. Every page request reads the account again (one indexed
 * row): a session of an account that is gone, disabled, or whose session epoch has moved on (password changed,
 * disabled since) is ended there and then; otherwise the request runs as the account is now (role, organisation).
 * Nodes share only the database, so the state lives there and nowhere else.
 */
class SessionCheck extends OncePerRequestFilter {

	private final AccountUsers users;

	SessionCheck(AccountUsers users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountUser held) {
			Optional<AccountUser> current = users.find(held.getUsername())
				.filter(user -> user.isEnabled() && user.epoch() == held.epoch());
			if (current.isEmpty()) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
			}
			else {
				AccountUser user = current.get();
				user.eraseCredentials();
				SecurityContext fresh = SecurityContextHolder.createEmptyContext();
				fresh.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
				SecurityContextHolder.setContext(fresh);
			}
		}
		chain.doFilter(request, response);
	}
}
