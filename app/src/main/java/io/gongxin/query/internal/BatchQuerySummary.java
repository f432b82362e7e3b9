package io.gongxin.query.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A line of the organisation's recent batch queries (without their answers). */
record BatchQuerySummary(UUID id, String status, String purpose, int subjects, OffsetDateTime createdAt,
		OffsetDateTime finishedAt) {
}
