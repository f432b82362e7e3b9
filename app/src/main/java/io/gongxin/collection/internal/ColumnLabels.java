package io.gongxin.collection.internal;

import java.util.Locale;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;

import org.springframework.context.MessageSource;

/**
 * A record error's field key ({@code sourceRef}, {@code subject.id}, {@code fields.amount}) as the person sees the
 * column: the template's header (数据标识, 主体标识) or the catalog's label of the field (罚款金额). The API keeps the
 * key; only the message a person reads names the column.
 */
final class ColumnLabels {

	private static final String FIELDS = "fields.";

	private ColumnLabels() {
	}

	static String of(String field, CatalogItem item, MessageSource messages, Locale locale) {
		if (field == null) {
			return "";
		}
		if (field.startsWith(FIELDS)) {
			String name = field.substring(FIELDS.length());
			return item == null ? name : item.fieldByHeader(name).map(CatalogField::label).orElse(name);
		}
		return messages.getMessage("record.column." + field, null, field, locale);
	}
}
