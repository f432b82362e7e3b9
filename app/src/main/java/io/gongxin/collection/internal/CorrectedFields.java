package io.gongxin.collection.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.gongxin.catalog.CatalogItem;

import org.springframework.stereotype.Component;

/**
 * A correction applied to a record's stored fields: each corrected field checked as in a submission, a blank
 * value removing an optional field (never a required one), and the result still in the collection's scope.
 */
@Component
class CorrectedFields {

	private final FieldChecks fields;

	CorrectedFields(FieldChecks fields) {
		this.fields = fields;
	}

	/** The stored fields with the correction's applied, normalised; the errors added to {@code errors}. */
	Map<String, Object> corrected(CatalogItem item, Map<String, Object> stored, Map<?, ?> correction, LocalDate today,
			RecordErrors errors) {
		errors.labelsFrom(item);
		Map<String, Object> merged = new LinkedHashMap<>(stored);
		merged.putAll(fields.entries(correction, item, errors));
		for (Map.Entry<?, ?> entry : correction.entrySet()) {
			if (FieldValues.isBlank(entry.getValue())) {
				item.fieldByHeader(String.valueOf(entry.getKey())).ifPresent(f -> merged.remove(f.name()));
			}
		}
		RequiredFields.check(item, merged.keySet(), errors);
		if (errors.none()) {
			CollectionScope.check(item, merged, today).forEach(out -> errors.add(out.field(), out.code()));
		}
		return merged;
	}
}
