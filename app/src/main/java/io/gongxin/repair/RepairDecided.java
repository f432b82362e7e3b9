package io.gongxin.repair;

import java.time.Instant;

import io.gongxin.subject.SubjectKey;

/**
 * The centre decided a credit repair request (R-RP): published in the deciding transaction through the event
 * publication registry. A granted repair takes the record out of public queries.
 */
public record RepairDecided(long repairId, long recordId, SubjectKey subject, boolean granted, Instant at) {
}
