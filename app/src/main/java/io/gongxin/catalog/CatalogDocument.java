package io.gongxin.catalog;

import java.util.List;
import java.util.Optional;

/** One version of the catalog, as published at {@code GET /api/v1/catalog}. */
public record CatalogDocument(String version, String name, List<CatalogItem> items, List<Matter> matters) {

	public CatalogDocument {
		items = items == null ? List.of() : List.copyOf(items);
		matters = matters == null ? List.of() : List.copyOf(matters);
	}

	public Optional<CatalogItem> item(String code) {
		return items.stream().filter(i -> i.code().equals(code)).findFirst();
	}

	public Optional<Matter> matter(String code) {
		return matters.stream().filter(m -> m.code().equals(code)).findFirst();
	}

	/** The same document under another version name. */
	public CatalogDocument withVersion(String newVersion) {
		return new CatalogDocument(newVersion, name, items, matters);
	}
}
