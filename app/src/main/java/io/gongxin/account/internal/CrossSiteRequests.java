package io.gongxin.account.internal;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a browser says the request comes from another site's page: {@code Sec-Fetch-Site: cross-site} or
 * {@code same-site}, or an {@code Origin} that is not this server ({@link CrossSiteApiGuard}).
 */
final class CrossSiteRequests {

	private CrossSiteRequests() {
	}

	static boolean crossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		try {
			URI uri = URI.create(origin.trim());
			int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
			return !(request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port);
		}
		catch (IllegalArgumentException ex) {
			// "null" (a sandboxed or file page) or garbage: not this server
			return true;
		}
	}
}
