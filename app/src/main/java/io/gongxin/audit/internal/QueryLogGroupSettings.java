package io.gongxin.audit.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The query log's group writer ({@link QueryLogGroups}, issue 16).
 *
 * @param enabled whether interactive reads hand their entries to the group writer (one insert and one commit for all
 *     entries waiting); off: each read writes its entry in its own transaction, as before
 * @param maxGroup entries at most in one insert (11 parameters each; PostgreSQL takes at most 32,767 per statement)
 * @param queue entries at most waiting for the writer on this node; a reader waits for room beyond that
 * @param timeout how long a reader waits for room in the queue, and then for its entry's commit, before it is refused
 */
@ConfigurationProperties("gongxin.audit.group-commit")
record QueryLogGroupSettings(@DefaultValue("true") boolean enabled, @DefaultValue("256") int maxGroup,
		@DefaultValue("1024") int queue, @DefaultValue("PT10S") Duration timeout) {

	QueryLogGroupSettings {
		if (maxGroup < 1 || maxGroup > 2_000 || queue < 1 || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("gongxin.audit.group-commit: max-group 1 to 2000, queue and timeout above 0");
		}
	}
}
