package io.gongxin.batch.internal;

import io.gongxin.collection.RecordCheck;

/** A row of the file as read, and what its check found. */
record CheckedRow(SourceRow row, RecordCheck.Checked check) {
}
