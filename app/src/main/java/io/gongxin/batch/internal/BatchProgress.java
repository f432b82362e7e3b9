package io.gongxin.batch.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A batch's progress and its first errors (rows numbered as a spreadsheet shows them). */
record BatchProgress(UUID id, String status, String item, BatchFormat format, String fileName, int rows,
		int accepted, int rejected, @JsonInclude(JsonInclude.Include.NON_NULL) String failure,
		List<BatchRowError> errors, long errorCount, boolean errorsTruncated, OffsetDateTime createdAt,
		OffsetDateTime finishedAt) {
}
