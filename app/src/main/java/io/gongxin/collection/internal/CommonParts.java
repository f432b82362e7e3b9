package io.gongxin.collection.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordCheck.Context;

/**
 * The parts every submitted record has, whatever its item: its source reference and subject name within their
 * bounds and an item of the catalog the provider may submit (its dates: {@link RecordDates}).
 */
final class CommonParts {

	private CommonParts() {
	}

	/** A text within its bound; null when blank. */
	static String bounded(Object value, String field, int max, boolean required, RecordErrors errors) {
		String text = text(value);
		if (text == null && required) {
			errors.add(field, "REQUIRED");
		}
		else if (text != null && text.length() > max) {
			errors.add(field, "TOO_LONG");
		}
		return text;
	}

	static Optional<CatalogItem> item(RawRecord raw, Context context, RecordErrors errors) {
		String code = text(raw.item());
		if (code == null) {
			errors.add("item", "REQUIRED");
			return Optional.empty();
		}
		Optional<CatalogItem> item = context.catalog().item(code);
		if (item.isEmpty()) {
			errors.add("item", "UNKNOWN_ITEM");
		}
		else if (!context.permittedItems().contains(code)) {
			errors.add("item", "ITEM_NOT_PERMITTED");
			return Optional.empty();
		}
		return item;
	}

	/** The value as stripped text; null when blank, a map or a list. */
	static String text(Object value) {
		if (value == null || value instanceof Map || value instanceof Collection) {
			return null;
		}
		String text = String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}
}
