package io.gongxin.collection.internal;

import io.gongxin.collection.RecordCheck;

/** Who submits, and what the records are checked against. */
record Submitter(String provider, String username, RecordCheck.Context context) {
}
