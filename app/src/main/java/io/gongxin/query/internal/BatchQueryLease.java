package io.gongxin.query.internal;

import java.util.UUID;

/** The right of one worker to write one batch query: the token of its claim ({@link BatchQueryClaims}). */
record BatchQueryLease(UUID id, UUID token) {
}
