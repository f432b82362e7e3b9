package io.gongxin.dispute.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.record.CreditRecord;

/** The objected record as published, field by field with the catalog's labels ("" where it has no value). */
final class PublishedFields {

	private PublishedFields() {
	}

	/** Each field of the item in the catalog's order, with the value as published. */
	static List<ObjectionCase.Field> of(CatalogItem item, CreditRecord record) {
		if (item == null || record == null) {
			return List.of();
		}
		Map<String, Object> published = record.fields();
		return item.fields().stream()
			.map(field -> new ObjectionCase.Field(field,
					published.get(field.name()) == null ? "" : String.valueOf(published.get(field.name()))))
			.toList();
	}
}
