package io.gongxin.audit.internal;

import io.gongxin.audit.QueryLogEntry;

/** A committed entry no link seals yet. */
record Unsealed(long id, QueryLogEntry entry) {
}
