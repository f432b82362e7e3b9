package io.gongxin.account.internal;

import java.io.IOException;

import io.gongxin.platform.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as a problem with a stable code: who the caller is not (403: {@link ProblemAccessDenied}). */
class ProblemSecurityResponses implements AuthenticationEntryPoint {

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
			// the database is away, not a wrong password: the platform's filter answers 503 with Retry-After
			throw failure;
		}
		if (failure instanceof LoginThrottled throttled) {
			// this client waits; the account and its tokens are not touched (no challenge: retrying now is useless)
			response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "LOGIN_THROTTLED");
			return;
		}
		String code = failure instanceof DisabledException ? "ACCOUNT_DISABLED"
				: failure instanceof InvalidToken ? "INVALID_TOKEN"
				: request.getHeader("Authorization") != null ? "BAD_CREDENTIALS" : "UNAUTHENTICATED";
		if (!BrowserRequests.fromBrowser(request)) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"gongxin\", charset=\"UTF-8\"");
		}
		write(request, response, HttpStatus.UNAUTHORIZED, code);
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
