package io.gongxin.audit.internal;

import java.util.concurrent.CompletableFuture;

import io.gongxin.audit.QueryLogEntry;

/**
 * An entry handed to the group writer by a reader who waits for it: {@code durable} completes when the entry's group
 * has committed, exceptionally when the group could not be written. {@code entry} is null only for the writer's stop
 * mark ({@link #STOP}).
 */
record WaitingEntry(QueryLogEntry entry, CompletableFuture<Void> durable) {

	/** Put behind the last entry when the node stops: the writer writes everything before it, then ends. */
	static final WaitingEntry STOP = new WaitingEntry(null, new CompletableFuture<>());

	static WaitingEntry of(QueryLogEntry entry) {
		return new WaitingEntry(entry, new CompletableFuture<>());
	}
}
