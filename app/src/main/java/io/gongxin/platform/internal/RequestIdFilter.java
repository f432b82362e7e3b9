package io.gongxin.platform.internal;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import io.gongxin.platform.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (see {@link RequestIds}). A caller's (a proxy's, a provider system's) {@code X-Request-Id}
 * is kept when it is 1 to 64 characters of letters, digits, {@code -}, {@code _}, {@code .} and {@code :}; anything
 * else (longer, control characters, a forged log line) is replaced by a new UUID, so the header can neither flood
 * nor forge a log. Runs first, before security, so a 401 carries the id too, and again on the error dispatch with
 * the same id.
 */
class RequestIdFilter extends OncePerRequestFilter {

	static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private static final String ATTRIBUTE = RequestIdFilter.class.getName();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getAttribute(ATTRIBUTE) instanceof String kept ? kept : accept(request.getHeader(RequestIds.HEADER));
		request.setAttribute(ATTRIBUTE, id);
		String outer = MDC.get(RequestIds.KEY);
		MDC.put(RequestIds.KEY, id);
		if (!response.isCommitted()) {
			response.setHeader(RequestIds.HEADER, id);
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer == null) {
				MDC.remove(RequestIds.KEY);
			}
			else {
				MDC.put(RequestIds.KEY, outer);
			}
		}
	}

	static String accept(String given) {
		return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
	}

	/** The error page of a failed request should carry the same id in its log lines and problem. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}
}
