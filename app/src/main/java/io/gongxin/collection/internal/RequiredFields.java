package io.gongxin.collection.internal;

import java.util.Set;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;

/** R-11b: every required field of the item is present, in a submission as in a correction. */
final class RequiredFields {

	private RequiredFields() {
	}

	/** Adds {@code REQUIRED} for each required field missing (unless that field already has an error). */
	static void check(CatalogItem item, Set<String> present, RecordErrors errors) {
		for (CatalogField field : item.fields()) {
			String key = "fields." + field.name();
			if (field.required() && !present.contains(field.name()) && !errors.hasFor(key)) {
				errors.add(key, "REQUIRED");
			}
		}
	}
}
