package io.gongxin.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request comes from a person's browser for a page rather than from a system calling the API: a
 * page gets an error page in its language, the API a problem document.
 */
public final class PageRequests {

	/** A request attribute naming the problem code the error page should show (e.g. {@code SESSION_EXPIRED}). */
	public static final String PROBLEM_CODE = "io.gongxin.problem.code";

	private PageRequests() {
	}

	/** The request's path within the application, without the query (for a log line: ids in it are masked there). */
	public static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	public static boolean isPage(HttpServletRequest request) {
		String path = pathOf(request);
		String accept = request.getHeader("Accept");
		return !path.startsWith("/api/") && !path.startsWith("/v3/") && accept != null && accept.contains("text/html");
	}
}
