package io.gongxin.dispute;

import java.time.Instant;

import io.gongxin.subject.SubjectKey;

/**
 * An objection took a step (received, forwarded, answered, corrected, disagreed, reviewed, evidence received,
 * suspended for a late answer, deadlines recounted): published in the step's transaction through the event
 * publication registry. Statistics and notices listen.
 *
 * @param recordId the record objected to; {@code null} for an objection to an omission
 * @param status the objection's status after the step (the {@code Objection} status name)
 * @param outcome the outcome when decided (e.g. {@code CORRECTED}, {@code UPHELD}), else {@code null}
 * @param provider the organisation that holds (or should hold) the record; {@code null} while an omission has none
 * @param item the catalog item objected to (its code)
 * @param step what the step was, as its parties are told it
 */
public record ObjectionDecided(long objectionId, Long recordId, SubjectKey subject, String status, String outcome,
		Instant at, String provider, String item, ObjectionStep step) {
}
