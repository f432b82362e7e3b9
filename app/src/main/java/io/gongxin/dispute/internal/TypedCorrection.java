package io.gongxin.dispute.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * What a party typed for the fields of the objected record, and the correction it makes: the fields that differ
 * from the record as published.
 *
 * @param typed per field, what was typed, the published value where nothing came for a field
 * @param correction what differs from the record as published: the correction sent to the catalog's checks
 */
record TypedCorrection(Map<String, String> typed, Map<String, Object> correction) {

	/** A corrected field's input is named {@code f.<catalog field name>}. */
	static final String FIELD = "f.";

	static TypedCorrection of(MultiValueMap<String, String> params, ObjectionCase found) {
		Map<String, String> typed = new LinkedHashMap<>();
		Map<String, Object> changed = new LinkedHashMap<>();
		for (ObjectionCase.Field field : found.fields()) {
			String name = field.field().name();
			String value = params.getFirst(FIELD + name);
			typed.put(name, value == null ? field.published() : value.strip());
			if (!typed.get(name).equals(field.published())) {
				changed.put(name, typed.get(name));
			}
		}
		return new TypedCorrection(typed, changed);
	}

	/** The corrected fields with their labels, as published and as they will be. */
	List<Change> changes(ObjectionCase found) {
		return found.fields()
			.stream()
			.filter(field -> correction.containsKey(field.field().name()))
			.map(field -> new Change(field.field().label(), field.published(),
					String.valueOf(correction.get(field.field().name()))))
			.toList();
	}
}
