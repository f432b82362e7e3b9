package io.gongxin.report.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.ClientThrottle;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Anyone may ask for a public report, and every report is read, logged and kept; so that a crawler or a
 * script cannot flood the platform, an anonymous client (by address) gets a limited number per minute, counted
 * in the database so the limit holds across nodes. Signed-in callers are accountable and not limited here.
 */
final class AnonymousReports {

	private AnonymousReports() {
	}

	/** @throws io.gongxin.platform.DomainException {@code TOO_MANY_REPORTS} (429) past the limit for this minute */
	static void count(ClientThrottle throttle, Caller caller, HttpServletRequest request) {
		if (caller.isAnonymous()) {
			throttle.count(ClientThrottle.Bucket.REPORT, request.getRemoteAddr(), "TOO_MANY_REPORTS");
		}
	}
}
