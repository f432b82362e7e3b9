package io.gongxin.collection.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.ProhibitedData;

import org.springframework.stereotype.Component;

/**
 * A record's catalog fields against its item (R-11b, R-14): each name is the item's field name or label, each value
 * checked by {@link ValueChecks}, every required field present ({@link RequiredFields}), nothing prohibited. The
 * same checks serve a submission and a correction.
 */
@Component
class FieldChecks {

	private final ValueChecks values;

	FieldChecks(ValueChecks values) {
		this.values = values;
	}

	/** The submitted fields, normalised to the catalog's names and types; the required ones checked. */
	Map<String, Object> fields(Object submitted, CatalogItem item, RecordErrors errors) {
		if (!(submitted instanceof Map<?, ?> map)) {
			errors.add("fields", "INVALID_VALUE");
			return Map.of();
		}
		Map<String, Object> out = entries(map, item, errors);
		RequiredFields.check(item, out.keySet(), errors);
		return out;
	}

	/** Each entry converted to its field's type; a blank value left out; an unknown or prohibited name refused. */
	Map<String, Object> entries(Map<?, ?> map, CatalogItem item, RecordErrors errors) {
		Map<String, Object> out = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String name = String.valueOf(entry.getKey());
			Optional<CatalogField> field = item.fieldByHeader(name);
			if (field.isEmpty()) {
				// a published catalog holds no prohibited field (CatalogValidation), so only unknown names need the check
				errors.add("fields." + name, ProhibitedData.termIn(name).isPresent() ? "PROHIBITED_FIELD" : "UNKNOWN_FIELD");
			}
			else if (!FieldValues.isBlank(entry.getValue())) {
				values.convert(field.get(), entry.getValue(), errors)
					.ifPresent(value -> out.put(field.get().name(), value));
			}
		}
		return out;
	}
}
