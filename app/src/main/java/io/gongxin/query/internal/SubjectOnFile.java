package io.gongxin.query.internal;

import java.util.List;

import io.gongxin.dispute.RecordObjections;
import io.gongxin.record.CreditRecord;
import io.gongxin.subject.Subject;

/** A subject with its records on file (active or repaired) and what the objections do to them, read together. */
record SubjectOnFile(Subject subject, List<CreditRecord> records, RecordObjections objections) {
}
