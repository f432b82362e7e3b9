package io.gongxin.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** A graceful stop of a node's own workers (batches, batch queries): waiting, bounded, for the last to finish. */
public final class Drain {

	private Drain() {
	}

	/**
	 * Waits until {@code busy} is zero, at most {@code wait}.
	 * @return whether every worker finished in time (false: some are still running, or the wait was interrupted)
	 */
	public static boolean awaitIdle(AtomicInteger busy, Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		try {
			while (busy.get() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return busy.get() == 0;
	}
}
