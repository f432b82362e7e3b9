package io.gongxin.repair.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A repair application as its parties follow it (GET /api/v1/repairs and the pages); {@code reason} and
 * {@code decidedOn} are null until it is decided.
 */
record RepairView(long id, long recordId, String recordName, String statement, RepairStatus status, String reason,
		LocalDate appliedOn, LocalDate decidedOn, LocalDate decideBy, boolean decideByProvisional,
		long workingDaysLeft, List<Step> timeline) {
}
