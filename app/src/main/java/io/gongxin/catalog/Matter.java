package io.gongxin.catalog;

import java.util.List;

/**
 * 应用清单: a matter a body handles (Art. 18), the items it may see, the measures that follow, and the
 * organisations granted it: a government querier may declare only a matter granted to its
 * organisation. The grants are catalog data, so they change only by publishing a new catalog version.
 *
 * @param nameEn the matter's English name, shown on pages read in English (Chinese when absent)
 * @param grantedTo the codes of the organisations that may query for this matter
 */
public record Matter(String code, String name,
		@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String nameEn, List<String> items, List<Measure> measures, List<String> grantedTo) {

	public Matter {
		items = items == null ? List.of() : List.copyOf(items);
		measures = measures == null ? List.of() : List.copyOf(measures);
		grantedTo = grantedTo == null ? List.of() : List.copyOf(grantedTo);
	}

	/** The matter's name in this language: English when the page is English and the catalog names it, else Chinese. */
	public String nameIn(java.util.Locale locale) {
		return CatalogField.english(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
	}

	/** Whether this organisation may declare the matter. */
	public boolean isGranted(String organisation) {
		return organisation != null && grantedTo.contains(organisation);
	}
}
