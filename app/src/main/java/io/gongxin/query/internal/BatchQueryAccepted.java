package io.gongxin.query.internal;

import java.util.UUID;

/** A batch query taken in: its id and the status {@code QUEUED}. */
record BatchQueryAccepted(UUID id, String status) {
}
