package io.gongxin.batch.internal;

import io.gongxin.collection.ValidRecord;

/** A valid row of a chunk, its subject resolved, ready for {@link ChunkStaging}. */
record StagedRow(int row, String sourceRef, long subjectKey, ValidRecord record) {
}
