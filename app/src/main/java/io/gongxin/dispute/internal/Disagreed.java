package io.gongxin.dispute.internal;

/** What the centre sees of an objection still disputed after verification (R-30a): whose, about what, and why. */
record Disagreed(long id, String subjectName, String itemName, String statement, String outcome, Long recordId) {
}
