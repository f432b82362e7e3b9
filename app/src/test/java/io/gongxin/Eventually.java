package io.gongxin;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;

/**
 * Waits for what an asynchronous listener does after a commit (events through the publication registry): the
 * assertion is retried until it holds or ten seconds have passed. Time is the wall clock's, never the test
 * clock's (which stands still).
 */
public final class Eventually {

	private Eventually() {
	}

	public static void holds(ThrowingRunnable assertion) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(assertion);
	}
}
