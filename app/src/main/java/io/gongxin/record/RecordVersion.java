package io.gongxin.record;

import java.time.OffsetDateTime;

/** An earlier version of a record: its content and why it was replaced. */
public record RecordVersion(int version, RecordContent content, RecordState state, OffsetDateTime replacedAt,
		String replacedBy, String reason) {
}
