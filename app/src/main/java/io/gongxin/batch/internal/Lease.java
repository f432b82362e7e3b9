package io.gongxin.batch.internal;

import java.util.UUID;

/**
 * A worker's right to write one batch: the token set at its claim. Every write of the run names it; a claim
 * by another worker (a takeover), a hand-back or a failure replaces or clears it, and the old worker's
 * next write finds nothing to update and rolls back ({@link LeaseLostException}).
 */
record Lease(UUID batch, UUID token) {
}
