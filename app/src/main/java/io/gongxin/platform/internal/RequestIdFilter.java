package io.gongxin.platform.internal;

import java.io.IOException;

import io.gongxin.platform.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (see {@link RequestIds}): a caller's (a proxy's, a provider system's) {@code X-Request-Id}
 * when it is well-formed ({@link AcceptedRequestIds}), else a new one. Runs first, before security, so a 401 carries
 * the id too, and again on the error dispatch with the same id.
 */
class RequestIdFilter extends OncePerRequestFilter {

	private static final String ATTRIBUTE = RequestIdFilter.class.getName();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getAttribute(ATTRIBUTE) instanceof String kept ? kept
				: AcceptedRequestIds.accept(request.getHeader(RequestIds.HEADER));
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

	/** The error page of a failed request should carry the same id in its log lines and problem. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}
}
