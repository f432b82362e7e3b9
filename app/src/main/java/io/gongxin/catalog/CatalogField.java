package io.gongxin.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One field of an item's schema.
 *
 * @param name the English name used in JSON and CSV headers
 * @param label the Chinese label, also accepted as a header
 * @param values the allowed values of an {@code enum} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogField(String name, String label, FieldType type, Boolean required, List<String> values) {

	public CatalogField {
		values = values == null ? null : List.copyOf(values);
		required = Boolean.TRUE.equals(required);
	}
}
