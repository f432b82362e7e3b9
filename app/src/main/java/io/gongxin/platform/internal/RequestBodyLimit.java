package io.gongxin.platform.internal;

import java.io.IOException;

import io.gongxin.platform.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body except file uploads (multipart has its own limits): a declared length above the cap
 * is refused with 413 {@code REQUEST_TOO_LARGE} before anything is read, and a body sent without a length
 * (chunked) is cut off once it passes the cap. Runs before security, so an anonymous flood is refused cheaply.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestBodyLimit extends OncePerRequestFilter {

	static final String CODE = "REQUEST_TOO_LARGE";

	private final long max;

	private final ProblemResponses problems;

	private final ObjectMapper json;

	RequestBodyLimit(HttpLimits limits, ProblemResponses problems, ObjectMapper json) {
		this.max = limits.maxBodySize().toBytes();
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > max) {
			refuse(request, response);
			return;
		}
		chain.doFilter(request.getContentLengthLong() < 0 ? new CappedRequest(request, max) : request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemDetail problem = problems.problem(HttpStatus.CONTENT_TOO_LARGE, CODE, ProblemResponses.localeOf(request));
		problem.setProperty("max", max);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// the client is still sending: tell it the connection will not be reused for the rest
		response.setHeader("Connection", "close");
		json.writeValue(response.getOutputStream(), problem);
	}
}
