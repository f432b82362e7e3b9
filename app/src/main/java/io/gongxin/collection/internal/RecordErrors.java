package io.gongxin.collection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RecordError;

import org.springframework.context.MessageSource;

/**
 * The errors of one record, each with its message in the caller's language. A message names the column as the
 * person sees it (罚款金额); the API's field key stays as it is.
 */
final class RecordErrors {

	private final List<RecordError> list = new ArrayList<>();

	private final MessageSource messages;

	private final Locale locale;

	private CatalogItem item;

	RecordErrors(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** From now on, fields are named by this item's labels. */
	void labelsFrom(CatalogItem item) {
		this.item = item;
	}

	void add(String field, String code, Object... details) {
		Object[] args = new Object[details.length + 1];
		args[0] = ColumnLabels.of(field, item, messages, locale);
		System.arraycopy(details, 0, args, 1, details.length);
		list.add(new RecordError(field, code, messages.getMessage("record.error." + code, args, code, locale)));
	}

	String message(String key) {
		return messages.getMessage(key, null, key, locale);
	}

	boolean none() {
		return list.isEmpty();
	}

	boolean hasFor(String field) {
		return list.stream().anyMatch(e -> e.field().equals(field));
	}

	List<RecordError> list() {
		return List.copyOf(list);
	}
}
