package io.gongxin.batch.internal;

import java.util.UUID;

/** A batch taken in: its id and status ({@code QUEUED}). */
record BatchAccepted(UUID id, String status) {
}
