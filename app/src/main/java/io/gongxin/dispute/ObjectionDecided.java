package io.gongxin.dispute;

import java.time.Instant;

import io.gongxin.subject.SubjectKey;

/**
 * An objection took a step (received, forwarded, answered, corrected, disagreed, reviewed, withdrawn): published
 * in the deciding transaction through the event publication registry.
 *
 * @param recordId the record objected to; {@code null} for an objection to an omission
 * @param status the objection's status after the step (the {@code Objection} status name)
 * @param outcome the outcome when decided (e.g. {@code CORRECTED}, {@code UPHELD}), else {@code null}
 */
public record ObjectionDecided(long objectionId, Long recordId, SubjectKey subject, String status, String outcome,
		Instant at) {
}
