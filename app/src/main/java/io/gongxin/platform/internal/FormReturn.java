package io.gongxin.platform.internal;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/** Where a failed form goes back to, always a path on this site ({@link PageErrors}). */
final class FormReturn {

	private FormReturn() {
	}

	/**
	 * The page the form names in {@code returnTo} (a form shown in answer to a POST, such as a confirmation step,
	 * cannot send the reader back to its own address, which takes no GET), else the page it was on; null when neither.
	 */
	static String of(HttpServletRequest request) {
		String named = request.getParameter("returnTo");
		if (named != null && named.length() <= 512 && named.startsWith("/") && !named.startsWith("//")
				&& !named.contains("\\") && named.chars().noneMatch(Character::isISOControl)) {
			return named;
		}
		return sameSiteReferer(request);
	}

	/** The page the form was on, when it is on this site: a path with its query, never another host. */
	private static String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
