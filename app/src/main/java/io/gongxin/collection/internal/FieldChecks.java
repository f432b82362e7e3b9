package io.gongxin.collection.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.ProhibitedData;
import io.gongxin.platform.ResidentIdMask;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectType;

import org.springframework.stereotype.Component;

/**
 * A record's catalog fields against its item (R-11b, R-14): each name is the item's field name or label, each
 * value of the field's type, every required field present, nothing prohibited, and no resident id number in a
 * free-text field. The same checks serve a submission and a correction.
 */
@Component
class FieldChecks {

	private final Identifiers identifiers;

	FieldChecks(Identifiers identifiers) {
		this.identifiers = identifiers;
	}

	/** The submitted fields, normalised to the catalog's names and types; the required ones checked. */
	Map<String, Object> fields(Object submitted, CatalogItem item, RecordErrors errors) {
		if (!(submitted instanceof Map<?, ?> map)) {
			errors.add("fields", "INVALID_VALUE");
			return Map.of();
		}
		Map<String, Object> out = entries(map, item, errors);
		required(item, out.keySet(), errors);
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
				convert(field.get(), entry.getValue(), errors).ifPresent(value -> out.put(field.get().name(), value));
			}
		}
		return out;
	}

	private Optional<Object> convert(CatalogField field, Object value, RecordErrors errors) {
		ConvertedValue converted = FieldValues.convert(field, value, identifiers);
		if (converted.error() != null) {
			errors.add("fields." + field.name(), converted.error());
			return Optional.empty();
		}
		if (carriesResidentId(field, converted.value())) {
			// R-31, DESIGN.md: a person's number only ever enters through an identifier field, masked or encrypted
			errors.add("fields." + field.name(), "ID_NUMBER_IN_TEXT");
			return Optional.empty();
		}
		return Optional.of(converted.value());
	}

	/** A valid resident id number written into a free-text field, where it would be kept and shown in clear. */
	private boolean carriesResidentId(CatalogField field, Object value) {
		if (field.type() != FieldType.STRING && field.type() != FieldType.TEXT) {
			return false;
		}
		return ResidentIdMask.candidates(String.valueOf(value))
			.stream()
			.anyMatch(token -> identifiers.check(token).as(SubjectType.NATURAL_PERSON).isPresent());
	}

	/** Every required field of the item is present (unless that field already has an error). */
	void required(CatalogItem item, Set<String> present, RecordErrors errors) {
		for (CatalogField field : item.fields()) {
			String key = "fields." + field.name();
			if (field.required() && !present.contains(field.name()) && !errors.hasFor(key)) {
				errors.add(key, "REQUIRED");
			}
		}
	}
}
