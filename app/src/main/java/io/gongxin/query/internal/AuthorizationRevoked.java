package io.gongxin.query.internal;

/** The answer to a revocation, which holds at once. */
record AuthorizationRevoked(long id, boolean revoked) {
}
