package io.gongxin.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One version of the catalog, as published at {@code GET /api/v1/catalog}.
 *
 * @param repairAfter the minimum publication period of a dishonesty record before its subject may apply for
 * repair, by severity (the 2025 three tiers: minor, general, serious; R-RP)
 * @param grading the published grading model
 * @param lists the published criteria of the serious-dishonesty and red lists (R-24, R-24d)
 * @param publicationBySeverity optional: the 2025 three-tier model, where a dishonesty record is published for
 * a period set by its severity instead of its item's query period (e.g. minor P3M, general P1Y, serious P3Y)
 */
public record CatalogDocument(String version, String name, List<CatalogItem> items, List<Matter> matters,
		java.util.Map<Severity, String> repairAfter, java.util.Map<Severity, String> publicationBySeverity,
		GradingModel grading, java.util.Map<String, ListCriteria> lists) {

	public CatalogDocument {
		items = items == null ? List.of() : List.copyOf(items);
		matters = matters == null ? List.of() : List.copyOf(matters);
		repairAfter = repairAfter == null
				? java.util.Map.of(Severity.MINOR, "P0D", Severity.GENERAL, "P3M", Severity.SERIOUS, "P1Y")
				: java.util.Map.copyOf(repairAfter);
		publicationBySeverity = publicationBySeverity == null ? null : java.util.Map.copyOf(publicationBySeverity);
		grading = grading == null ? GradingModel.defaults() : grading;
		lists = lists == null ? java.util.Map.of() : java.util.Map.copyOf(lists);
	}

	/**
	 * How long a record with these fields may be queried from the end of its act (R-27a): under the
	 * three-tier model the period of its severity, otherwise its item's query period; empty for no limit.
	 */
	public java.util.Optional<java.time.Period> queryPeriodOf(CatalogItem item, java.util.Map<String, ?> fields) {
		if (publicationBySeverity != null && item.category() == Category.DISHONEST) {
			Severity severity = item.severity() == null ? Severity.GENERAL : item.severity().severityOf(fields);
			String period = publicationBySeverity.get(severity);
			if (period != null) {
				return java.util.Optional.of(java.time.Period.parse(period));
			}
		}
		return item.period();
	}

	/**
	 * R-27a: the first day a record may no longer be queried: the end of its act plus its query period. Empty
	 * when the item has no period, or its act is continuing and has not ended yet (arrears still unpaid).
	 */
	public Optional<java.time.LocalDate> queryableUntil(CatalogItem item, java.util.Map<String, ?> fields,
			java.time.LocalDate occurredOn, java.time.LocalDate endedOn) {
		Optional<java.time.LocalDate> ended = item.actEnded(occurredOn, endedOn);
		return queryPeriodOf(item, fields).flatMap(period -> ended.map(day -> day.plus(period)));
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

	/** The matters granted to this organisation: the only ones its government queriers may declare. */
	public List<Matter> mattersGrantedTo(String organisation) {
		return matters.stream().filter(m -> m.isGranted(organisation)).toList();
	}

	/** The same document with another application list (e.g. changed grants, to be published as a new version). */
	public CatalogDocument withMatters(List<Matter> newMatters) {
		return new CatalogDocument(version, name, items, newMatters, repairAfter, publicationBySeverity, grading, lists);
	}

	/** The same document with the three-tier publication model switched on (or off, with null). */
	public CatalogDocument withPublicationBySeverity(java.util.Map<Severity, String> tiers) {
		return new CatalogDocument(version, name, items, matters, repairAfter, tiers, grading, lists);
	}

	/** The same document under another version name. */
	public CatalogDocument withVersion(String newVersion) {
		return new CatalogDocument(newVersion, name, items, matters, repairAfter, publicationBySeverity, grading, lists);
	}
}
