package io.gongxin.account.internal;

import java.io.IOException;

import io.gongxin.platform.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problems with a stable code: who the caller is not, or what it may not do. */
class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemResponses problems;

	private final ObjectMapper json;

	ProblemSecurityResponses(ProblemResponses problems, ObjectMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (io.gongxin.platform.DatabaseFaults.unavailable(failure)) {
			// the account could not be read because the database is away: not a wrong password; the platform's
			// filter answers 503 DATABASE_UNAVAILABLE with Retry-After
			throw failure;
		}
		if (failure instanceof LoginThrottled throttled) {
			// this client waits; the account and its tokens are not touched (no challenge: retrying now is useless)
			response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "LOGIN_THROTTLED");
			return;
		}
		String code;
		if (failure instanceof DisabledException) {
			code = "ACCOUNT_DISABLED";
		}
		else if (failure instanceof BearerTokens.InvalidToken) {
			code = "INVALID_TOKEN";
		}
		else if (request.getHeader("Authorization") != null) {
			code = "BAD_CREDENTIALS";
		}
		else {
			code = "UNAUTHENTICATED";
		}
		if (!fromBrowser(request)) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"gongxin\", charset=\"UTF-8\"");
		}
		write(request, response, HttpStatus.UNAUTHORIZED, code);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		String code = denied instanceof org.springframework.security.web.csrf.CsrfException ? "SESSION_EXPIRED"
				: "FORBIDDEN";
		if (io.gongxin.platform.PageRequests.isPage(request)) {
			// a person's browser: the error page, in the reader's language
			request.setAttribute(io.gongxin.platform.PageRequests.PROBLEM_CODE, code);
			response.sendError(HttpStatus.FORBIDDEN.value());
			return;
		}
		write(request, response, HttpStatus.FORBIDDEN, code);
	}

	/**
	 * A browser that receives a Basic challenge asks the person for a password and then sends it with every
	 * later request to this site, cross-site forms included, which turns any other site into a provider's
	 * hand. Browsers are therefore never challenged: a request that accepts HTML, or that carries the fetch
	 * metadata every current browser adds ({@code Sec-Fetch-Mode}), gets the 401 problem without
	 * {@code WWW-Authenticate}. Systems calling the API still get the challenge.
	 */
	static boolean fromBrowser(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return (accept != null && accept.contains("text/html")) || request.getHeader("Sec-Fetch-Mode") != null;
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		ProblemDetail problem = problems.problem(status, code, ProblemResponses.localeOf(request));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
