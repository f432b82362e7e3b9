package io.gongxin.platform;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;

/**
 * A value read from the database for a gauge or a health indicator, read again at most once per {@code refresh}
 * ({@code gongxin.metrics.refresh}, 5 s): a Prometheus scrape or a probe every second costs one query per
 * interval, not one per call. A failed read (the database is away) is remembered for the interval too, as
 * {@code null}, so that scrapes do not queue on a dead pool.
 *
 * <p>The interval is measured with {@link System#nanoTime()}: it is elapsed time, not a date (the injected clock
 * stands still in tests).
 */
public final class Refreshed<T> {

	private static final Logger log = LoggerFactory.getLogger(Refreshed.class);

	private final Supplier<T> read;

	private final long refreshNanos;

	private volatile T value;

	/** When the value was read ({@link System#nanoTime()}); valid only once {@link #read} ran. */
	private volatile long readAt;

	private volatile boolean ever;

	public Refreshed(Supplier<T> read, Duration refresh) {
		this.read = read;
		this.refreshNanos = refresh.toNanos();
	}

	/** The last value, read again when older than the interval; {@code null} if the last read failed. */
	public T get() {
		long now = System.nanoTime();
		if (!ever || now - readAt >= refreshNanos) {
			synchronized (this) {
				if (!ever || System.nanoTime() - readAt >= refreshNanos) {
					try {
						value = read.get();
					}
					catch (DataAccessException ex) {
						log.debug("Gauge reading failed: {}", ex.getClass().getName());
						value = null;
					}
					readAt = System.nanoTime();
					ever = true;
				}
			}
		}
		return value;
	}
}
