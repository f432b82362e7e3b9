package io.gongxin.query;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.record.CreditRecord;
import io.gongxin.subject.SubjectKey;

/**
 * The records of a subject that count on a day: active (not repaired, revoked, deleted or expired),
 * within their query period (R-27a), not withdrawn by an upheld objection (R-29b) and not suspended by a
 * missed objection deadline (R-30b). Measures
 * and grading read these; what a caller may see of them is decided per audience.
 */
public interface ShownRecords {

	List<CreditRecord> of(SubjectKey subject, LocalDate today);
}
