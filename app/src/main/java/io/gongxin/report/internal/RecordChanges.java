package io.gongxin.report.internal;

import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.record.Records;

import org.springframework.stereotype.Component;

/** Why a record changed, for the subject's own report: its earlier versions and the reasons. */
@Component
class RecordChanges {

	private final Records records;

	RecordChanges(Records records) {
		this.records = records;
	}

	/** The record's earlier versions, oldest first, with why each was replaced, in the report's offset. */
	List<RecordLine.Change> of(long recordId, OffsetDateTime now) {
		return records.history(recordId).stream()
			.filter(v -> v.replacedAt() != null)
			.map(v -> new RecordLine.Change(v.replacedAt().atZoneSameInstant(now.getOffset()).toOffsetDateTime(),
					v.reason()))
			.toList();
	}
}
