package io.gongxin.batch.internal;

import io.gongxin.collection.ValidRecord;

/**
 * A valid row of a chunk, its subject resolved, ready for {@link ChunkStaging}.
 *
 * @param fields the record's catalog fields as JSON, written on the reader's thread ({@link RowChecks})
 */
record StagedRow(int row, String sourceRef, long subjectKey, ValidRecord record, byte[] fields) {
}
