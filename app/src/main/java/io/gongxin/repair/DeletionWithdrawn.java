package io.gongxin.repair;

import java.time.Instant;

import io.gongxin.subject.SubjectKey;

/**
 * The subject withdrew its pending deletion request (R-27b); the record stays. Published in the withdrawing
 * transaction through the event publication registry.
 *
 * @param recordName what a person calls the record (bounded)
 */
public record DeletionWithdrawn(long requestId, long recordId, SubjectKey subject, String recordName, Instant at) {
}
