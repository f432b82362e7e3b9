package io.gongxin.record;

import java.time.LocalDate;
import java.util.Map;

import io.gongxin.subject.SubjectKey;

/** What a provider states about a subject: everything of a record that a submission can change. */
public record RecordContent(SubjectKey subject, String item, String catalogVersion, LocalDate occurredOn,
		LocalDate endedOn, Map<String, Object> fields, Boolean late) {

	public RecordContent {
		fields = Map.copyOf(fields);
	}
}
