package io.gongxin.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogField;
import io.gongxin.report.internal.ReportContent.Field;

/**
 * The report's layout rules, apart from where the data comes from: the sections in the order of a public
 * credit report, and a record's fields in words, as the catalog labels and orders them.
 */
final class ReportSections {

	/** Sections in the order of a public credit report; an item not named here goes by its category. */
	static final List<String> ORDER = List.of("BASIC", "ADMIN_LICENSE", "ADMIN_PENALTY", "DISHONEST", "OTHER");

	private ReportSections() {
	}

	/** The section a record of the item goes under: the item's own when the report names it, else its category's. */
	static String of(String item, String category) {
		return ORDER.contains(item) ? item : String.valueOf(category);
	}

	/**
	 * The record's fields in the catalog's order and words; fields without a value, or blank, are left out, and
	 * so are values the catalog does not define.
	 */
	static List<Field> fields(List<CatalogField> defined, Map<String, Object> values) {
		List<Field> fields = new ArrayList<>();
		if (defined == null || values == null) {
			return fields;
		}
		for (CatalogField field : defined) {
			Object value = values.get(field.name());
			if (value != null && !String.valueOf(value).isBlank()) {
				fields.add(new Field(field.label(), String.valueOf(value)));
			}
		}
		return fields;
	}
}
