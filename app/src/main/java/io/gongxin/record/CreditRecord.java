package io.gongxin.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import io.gongxin.subject.SubjectKey;

/**
 * 公共信用信息: one record about one subject, as stored.
 *
 * @param catalogVersion the catalog version the record was validated against
 * @param late whether it reached the platform after the item's publicity deadline; null when unknown
 */
public record CreditRecord(long id, SubjectKey subject, String item, String catalogVersion, String provider,
		String sourceRef, LocalDate occurredOn, LocalDate endedOn, Map<String, Object> fields, RecordState state,
		Boolean late, int version, OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
	// when the act ended depends on whether the item is continuing: see CatalogItem.actEnded (R-27a)
}
