package io.gongxin.platform.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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

	private final FilterProblems written;

	RequestBodyLimit(HttpLimits limits, FilterProblems written) {
		this.max = limits.maxBodySize().toBytes();
		this.written = written;
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
		chain.doFilter(request.getContentLengthLong() < 0 && mayHaveBody(request) ? new CappedRequest(request, max) : request,
				response);
	}

	/**
	 * In HTTP/1.x a request without a length has a body only with a transfer coding (RFC 9112 6.3), so most reads are
	 * passed on unwrapped; in any other protocol (HTTP/2 frames a body without either) it may have one.
	 */
	static boolean mayHaveBody(HttpServletRequest request) {
		return !request.getProtocol().startsWith("HTTP/1.") || request.getHeader("Transfer-Encoding") != null;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// the client is still sending: tell it the connection will not be reused for the rest
		response.setHeader("Connection", "close");
		written.write(request, response, HttpStatus.CONTENT_TOO_LARGE, CODE, Map.of("max", max));
	}
}
