package io.gongxin.batch.internal;

/** One refused row or field of a batch. */
record BatchRowError(int row, String field, String code, String message) {
}
