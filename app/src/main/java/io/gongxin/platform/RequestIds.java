package io.gongxin.platform;

import org.slf4j.MDC;

/**
 * The request id of the request being answered: accepted from the caller's {@code X-Request-Id} when it is
 * well-formed, else made; in the MDC (every log line of the request, plain or JSON), in the response header and
 * in every problem response ({@code requestId}). Set by the platform's request-id filter.
 */
public final class RequestIds {

	/** The request and response header. */
	public static final String HEADER = "X-Request-Id";

	/** The MDC key, and the problem property. */
	public static final String KEY = "requestId";

	private RequestIds() {
	}

	/** The current request's id, or null outside a request. */
	public static String current() {
		return MDC.get(KEY);
	}
}
