package io.gongxin.batch.internal;

import io.gongxin.collection.RecordCheck;

/**
 * A row of the file as read, and what its check found.
 *
 * @param fields a valid row's catalog fields as the JSON staged into {@code jsonb} ({@link RowChecks}); null when refused
 */
record CheckedRow(SourceRow row, RecordCheck.Checked check, byte[] fields) {
}
