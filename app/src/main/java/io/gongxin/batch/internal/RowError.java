package io.gongxin.batch.internal;

import io.gongxin.collection.RecordError;

/** An error of one row. */
record RowError(int row, RecordError error) {
}
