package io.gongxin.account.internal;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A browser that receives a Basic challenge asks the person for a password and then sends it with every
 * later request to this site, cross-site forms included, which turns any other site into a provider's
 * hand. Browsers are therefore never challenged: a request that accepts HTML, or that carries the fetch
 * metadata every current browser adds ({@code Sec-Fetch-Mode}), gets the 401 problem without
 * {@code WWW-Authenticate}. Systems calling the API still get the challenge ({@link ProblemSecurityResponses}).
 */
final class BrowserRequests {

	private BrowserRequests() {
	}

	static boolean fromBrowser(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return (accept != null && accept.contains("text/html")) || request.getHeader("Sec-Fetch-Mode") != null;
	}
}
