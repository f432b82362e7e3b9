package io.gongxin.repair;

import java.time.Instant;

import io.gongxin.subject.SubjectKey;

/**
 * The provider decided a credit repair application (R-RP): published in the deciding transaction through the event
 * publication registry. A granted repair takes the record out of public queries.
 *
 * @param recordName what a person calls the record ("考试作弊信息：…", bounded), for the subject's notice
 * @param reason the provider's reason, as the subject is told it
 */
public record RepairDecided(long repairId, long recordId, SubjectKey subject, boolean granted, Instant at,
		String recordName, String reason) {
}
