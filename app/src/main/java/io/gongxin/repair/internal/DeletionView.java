package io.gongxin.repair.internal;

import java.time.LocalDate;
import java.util.List;

/** A deletion request as the subject follows it (GET /api/v1/deletion-requests and the person's page). */
record DeletionView(long id, long recordId, String recordName, DeletionStatus status, LocalDate requestedOn,
		LocalDate dueBy, boolean dueByProvisional, LocalDate carryOutOn, Long workingDaysLeft, List<Step> timeline) {
}
