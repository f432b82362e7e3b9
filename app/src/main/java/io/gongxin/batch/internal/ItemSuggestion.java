package io.gongxin.batch.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RecordError;

/**
 * When a file's header fails because most of its columns are not the chosen item's, the columns usually belong
 * to another item the provider meant to pick: name that item (the one whose fields the most unknown columns are),
 * so the person chooses again instead of guessing.
 */
final class ItemSuggestion {

	static final String CODE = "ITEM_SUGGESTED";

	private ItemSuggestion() {
	}

	static Optional<CatalogItem> of(List<RecordError> headerErrors, CatalogItem chosen, CatalogDocument catalog) {
		List<String> unknown = headerErrors.stream()
			.filter(e -> "UNKNOWN_FIELD".equals(e.code()))
			.map(RecordError::field)
			.toList();
		if (unknown.size() < 2) {
			return Optional.empty();
		}
		return catalog.items()
			.stream()
			.filter(item -> !item.code().equals(chosen.code()))
			.map(item -> new Match(item, unknown.stream().filter(name -> item.fieldByHeader(name).isPresent()).count()))
			.filter(match -> match.count() * 2 >= unknown.size())
			.max(Comparator.comparingLong(Match::count))
			.map(Match::item);
	}

	private record Match(CatalogItem item, long count) {
	}
}
