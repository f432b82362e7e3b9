package io.gongxin.platform;

import java.time.Duration;

/**
 * A cache a module keeps on every node (ADR 0013). The module declares one bean per cache; the platform makes
 * it a bounded Caffeine cache behind Spring's cache abstraction and clears it on every node when any node
 * reports a change through {@link SharedCaches#changed(String)}.
 *
 * @param name the cache's name, also the payload of its notification (short: letters and dashes)
 * @param maximumSize the most entries kept; the least used go first
 * @param maxAge how long an entry is trusted at most, a last bound should every notification and the
 * periodic version check be missed
 */
public record SharedCache(String name, long maximumSize, Duration maxAge) {

	public SharedCache {
		if (!name.matches("[a-z][a-z-]{0,39}")) {
			throw new IllegalArgumentException("cache names are short lower-case words: " + name);
		}
	}
}
