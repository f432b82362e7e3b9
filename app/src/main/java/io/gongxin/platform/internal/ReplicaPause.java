package io.gongxin.platform.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the replica could not be reached, the while during which reads go to the primary before it is tried again
 * ({@link ReplicaOrPrimary}). Kept in {@link System#nanoTime()}: a duration, not a date.
 */
final class ReplicaPause {

	private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

	private final long nanos;

	/** Before this the replica is not tried. */
	private final AtomicLong until = new AtomicLong(System.nanoTime());

	ReplicaPause(long nanos) {
		this.nanos = nanos;
	}

	/** Whether the replica may be tried at {@code now}. */
	boolean over(long now) {
		return now - until.get() >= 0;
	}

	/** The replica failed at {@code now}: reads go to the primary for the pause. */
	void begin(long now, Exception failure) {
		until.set(now + nanos);
		log.warn("The read replica cannot be reached ({}); reads go to the primary for {} s", failure.getMessage(),
				nanos / 1_000_000_000L);
	}
}
