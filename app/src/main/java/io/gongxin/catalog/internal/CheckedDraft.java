package io.gongxin.catalog.internal;

import java.util.List;

import io.gongxin.catalog.CatalogDocument;

/** A catalog draft's text read: the document when it parsed, and the errors (none when it may be saved). */
record CheckedDraft(CatalogDocument document, List<PlacedError> errors) {

	public boolean valid() {
		return document != null && errors.isEmpty();
	}

	/** One error: where, in words; what, as the validation says it; its stable code. */
	record PlacedError(String place, String message, String code) {
	}
}
