package io.gongxin.report.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gongxin.account.Caller;
import io.gongxin.platform.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Anyone may ask for a public report, and every report is read, logged and kept; so that a crawler or a
 * script cannot flood the platform, an anonymous client (by address) gets a limited number per minute.
 * Signed-in callers are accountable and not limited here.
 */
@Component
class AnonymousReportLimit {

	private static final int MAX_CLIENTS_TRACKED = 100_000;

	private final int perMinute;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	AnonymousReportLimit(ReportSettings settings, Clock clock) {
		this.perMinute = settings.anonymousPerMinute();
		this.clock = clock;
	}

	/** @throws ProblemException {@code TOO_MANY_REPORTS} (429) past the limit for this minute */
	void check(Caller caller, String client) {
		if (!caller.isAnonymous() || perMinute <= 0) {
			return;
		}
		long minute = clock.millis() / 60_000;
		if (windows.size() > MAX_CLIENTS_TRACKED) {
			windows.values().removeIf(w -> w.minute() < minute);
		}
		Window window = windows.merge(String.valueOf(client), new Window(minute, 1),
				(old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one);
		if (window.count() > perMinute) {
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REPORTS", perMinute);
		}
	}

	private record Window(long minute, int count) {
	}
}
