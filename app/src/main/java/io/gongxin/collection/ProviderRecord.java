package io.gongxin.collection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.RecordVersion;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;

/**
 * A provider's record as {@code GET /records}, {@code GET /records/{id}} and the revocation answer it. A person's
 * id number appears masked: the provider already holds it, the answer need not. The subject is left out of the
 * list, the history is only in the single record's answer.
 *
 * @param fields the record's catalog fields: genuinely a map, keyed by the item's field names
 */
public record ProviderRecord(long id, String item, String sourceRef, RecordState state, String catalogVersion,
		String provider, @JsonInclude(JsonInclude.Include.NON_NULL) RecordSubject subject, LocalDate occurredOn,
		LocalDate endedOn, Map<String, Object> fields, Boolean late, int version, OffsetDateTime submittedAt,
		OffsetDateTime updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<RecordVersion> history) {

	public static ProviderRecord of(CreditRecord record, Subject subject, List<RecordVersion> history) {
		return new ProviderRecord(record.id(), record.item(), record.sourceRef(), record.state(),
				record.catalogVersion(), record.provider(), subject == null ? null : RecordSubject.of(subject),
				record.occurredOn(), record.endedOn(), record.fields(), record.late(), record.version(),
				record.submittedAt(), record.updatedAt(), history);
	}

	/** The record's subject: its type, its identifier (a person's masked) and its name ("" when unknown). */
	public record RecordSubject(SubjectType type, String id, String name) {

		public static RecordSubject of(Subject subject) {
			return new RecordSubject(subject.type(), subject.displayIdentifier(),
					subject.name() == null ? "" : subject.name());
		}
	}
}
