package io.gongxin.audit.internal;

/** Unsealed query-log entries and the age of the oldest in seconds (0 when none): {@link SealerBacklog}. */
record Backlog(long entries, double oldestAgeSeconds) {
}
