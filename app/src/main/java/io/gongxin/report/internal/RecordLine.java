package io.gongxin.report.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import io.gongxin.query.CreditProfile;
import io.gongxin.report.internal.ReportContent.Field;

/**
 * One record in a report: what, when, where it came from and whether it is under objection; in the
 * subject's own report also whether it is suspended from queries (R-30b) or withdrawn by an upheld objection, and
 * why (R-29b).
 */
record RecordLine(long recordId, String itemName, LocalDate occurredOn, LocalDate endedOn, String provider,
		List<Field> fields, String objectionSince, boolean repaired, boolean suspended, String withdrawnReason,
		List<Change> changes) {

	/** The record as the profile shows it, with its fields in words and its provider's name. */
	static RecordLine of(CreditProfile.Shown record, List<Field> fields, String provider) {
		return new RecordLine(record.id(), record.itemName(), record.occurredOn(), record.endedOn(), provider, fields,
				record.objection() == null ? null : Objects.toString(record.objection().since()),
				Boolean.TRUE.equals(record.repaired()), Boolean.TRUE.equals(record.suspended()),
				record.withdrawn() == null ? null : record.withdrawn().reason(), List.of());
	}

	RecordLine withChanges(List<Change> history) {
		return new RecordLine(recordId, itemName, occurredOn, endedOn, provider, fields, objectionSince, repaired,
				suspended, withdrawnReason, history);
	}

	/** An earlier version of the record and why it was replaced (R-34: why it changed). */
	record Change(OffsetDateTime at, String reason) {
	}
}
