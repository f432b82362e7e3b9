package io.gongxin.repair;

import java.time.Instant;

import io.gongxin.subject.SubjectKey;

/**
 * The centre carried out a deletion request (R-27b): the record left every query. Published in the carrying-out
 * transaction through the event publication registry.
 *
 * @param provider the organisation that submitted the record
 * @param recordName what a person calls the record (bounded)
 */
public record DeletionCarriedOut(long requestId, long recordId, SubjectKey subject, String provider, String recordName,
		Instant at) {
}
