package io.gongxin.collection;

import java.time.LocalDate;
import java.util.Map;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.subject.SubjectIdentifier;

/** A record that passed every check, with its values normalised to the catalog's types. */
public record ValidRecord(CatalogItem item, String sourceRef, SubjectIdentifier subject, String subjectName,
		LocalDate occurredOn, LocalDate endedOn, Map<String, Object> fields, Boolean late) {
}
