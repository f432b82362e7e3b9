package io.gongxin.audit.internal;

/** The first link that does not hold, and why (ENTRY_ALTERED, ENTRY_DELETED, ENTRY_INSERTED, LINK_DELETED). */
record BrokenLink(Long seq, long entryId, String reason) {
}
