package io.gongxin.repair;

import java.time.Instant;
import java.time.LocalDate;

import io.gongxin.subject.SubjectKey;

/**
 * A subject asked for one of its records to be deleted (R-27b): published in the requesting transaction through the
 * event publication registry.
 *
 * @param recordName what a person calls the record ("表彰奖励信息：…", bounded)
 * @param dueBy the day by which the platform deletes it
 * @param carryOutOn the day the centre carries it out; until then the subject may withdraw the request
 */
public record DeletionRequested(long requestId, long recordId, SubjectKey subject, String recordName, LocalDate dueBy,
		LocalDate carryOutOn, Instant at) {
}
