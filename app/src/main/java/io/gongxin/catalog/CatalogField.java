package io.gongxin.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One field of an item's schema.
 *
 * @param name the English name used in JSON and CSV headers
 * @param label the Chinese label, also accepted as a header
 * @param labelEn the English label, shown on pages read in English (the Chinese label when absent)
 * @param values the allowed values of an {@code enum} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogField(String name, String label, String labelEn, FieldType type, Boolean required, List<String> values) {

	public CatalogField {
		values = values == null ? null : List.copyOf(values);
		required = Boolean.TRUE.equals(required);
	}

	/** The field's label in this language: English when the page is English and the catalog gives one, else Chinese. */
	public String labelIn(java.util.Locale locale) {
		return english(locale) && labelEn != null && !labelEn.isBlank() ? labelEn : label;
	}

	static boolean english(java.util.Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}
}
