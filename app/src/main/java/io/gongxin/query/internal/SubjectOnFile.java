package io.gongxin.query.internal;

import java.util.List;

import io.gongxin.dispute.RecordObjections;
import io.gongxin.record.CreditRecord;
import io.gongxin.subject.Subject;

/**
 * A subject with its records on file (active or repaired) and what the objections do to them, read together; and its
 * grants to the caller's organisation that hold today, or null when none were read (no organisation to grant to).
 */
record SubjectOnFile(Subject subject, List<CreditRecord> records, RecordObjections objections,
		List<Authorization> grants) {
}
