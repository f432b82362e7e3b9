package io.gongxin.platform.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cache is cleared again {@link #AFTER} its notification: a read that began before the change committed and ended
 * after the first clearing would otherwise put the old state back until the next change. Not thread-safe: one
 * listening thread notes and asks.
 */
final class SecondClearing {

	static final Duration AFTER = Duration.ofSeconds(1);

	private static final long AFTER_NANOS = AFTER.toNanos();

	/** Cache names and when (System.nanoTime) to clear them again. */
	private final Map<String, Long> due = new HashMap<>();

	/** The cache was cleared at {@code now}: clear it once more a moment later (a later notice moves that on). */
	void note(String cache, long now) {
		due.put(cache, now + AFTER_NANOS);
	}

	/** The caches whose second clearing is due at {@code now}, each once. */
	List<String> due(long now) {
		List<String> names = new ArrayList<>();
		due.entrySet().removeIf(entry -> {
			if (now - entry.getValue() < 0) {
				return false;
			}
			names.add(entry.getKey());
			return true;
		});
		return names;
	}
}
