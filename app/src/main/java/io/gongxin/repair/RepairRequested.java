package io.gongxin.repair;

import java.time.Instant;

import io.gongxin.subject.SubjectKey;

/**
 * A subject applied for credit repair of one of its dishonesty records (R-RP): published in the applying
 * transaction through the event publication registry; the record's provider is to decide.
 *
 * @param provider the organisation that submitted the record (and decides)
 * @param recordName what a person calls the record ("考试作弊信息：…", bounded)
 */
public record RepairRequested(long repairId, long recordId, SubjectKey subject, String provider, String recordName,
		Instant at) {
}
