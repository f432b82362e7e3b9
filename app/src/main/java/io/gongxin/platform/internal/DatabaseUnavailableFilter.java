package io.gongxin.platform.internal;

import java.io.IOException;

import io.gongxin.platform.DatabaseFaults;
import io.gongxin.platform.PageRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A lost database noticed outside a controller (the page session check, a bearer token lookup, any filter) becomes
 * the 503 {@code DATABASE_UNAVAILABLE} error response, a problem for the API and the friendly error page for a
 * browser ({@link ErrorEndpoint}), instead of the container's 500. Controllers' own failures are mapped by
 * {@link ProblemHandling} and {@link PageErrors}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private final DatabaseUnavailable unavailable;

	DatabaseUnavailableFilter(DatabaseUnavailable unavailable) {
		this.unavailable = unavailable;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (response.isCommitted() || !unavailable.answers(ex, request.getMethod() + " " + PageRequests.pathOf(request))) {
				throw ex;
			}
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(unavailable.retryAfterSeconds()));
			request.setAttribute(PageRequests.PROBLEM_CODE, DatabaseFaults.CODE);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}
}
