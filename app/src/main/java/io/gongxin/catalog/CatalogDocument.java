package io.gongxin.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One version of the catalog, as published at {@code GET /api/v1/catalog}.
 *
 * @param repairAfter the minimum publication period of a dishonesty record before its subject may apply for
 * repair, by severity (the 2025 three tiers: minor, general, serious; R-RP)
 */
public record CatalogDocument(String version, String name, List<CatalogItem> items, List<Matter> matters,
		java.util.Map<Severity, String> repairAfter) {

	public CatalogDocument {
		items = items == null ? List.of() : List.copyOf(items);
		matters = matters == null ? List.of() : List.copyOf(matters);
		repairAfter = repairAfter == null
				? java.util.Map.of(Severity.MINOR, "P0D", Severity.GENERAL, "P3M", Severity.SERIOUS, "P1Y")
				: java.util.Map.copyOf(repairAfter);
	}

	/** How long a record of this severity stays published before repair may be asked. */
	public java.time.Period repairAfter(Severity severity) {
		return java.time.Period.parse(repairAfter.getOrDefault(severity, "P3M"));
	}

	public Optional<CatalogItem> item(String code) {
		return items.stream().filter(i -> i.code().equals(code)).findFirst();
	}

	public Optional<Matter> matter(String code) {
		return matters.stream().filter(m -> m.code().equals(code)).findFirst();
	}

	/** The same document under another version name. */
	public CatalogDocument withVersion(String newVersion) {
		return new CatalogDocument(newVersion, name, items, matters, repairAfter);
	}
}
