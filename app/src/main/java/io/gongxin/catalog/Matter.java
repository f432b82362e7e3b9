package io.gongxin.catalog;

import java.util.List;

/**
 * 应用清单: a matter a body handles (Art. 18), the items it may see, the measures that follow, and the
 * organisations granted it: a government querier may declare only a matter granted to its
 * organisation. The grants are catalog data, so they change only by publishing a new catalog version.
 *
 * @param grantedTo the codes of the organisations that may query for this matter
 */
public record Matter(String code, String name, List<String> items, List<Measure> measures, List<String> grantedTo) {

	public Matter {
		items = items == null ? List.of() : List.copyOf(items);
		measures = measures == null ? List.of() : List.copyOf(measures);
		grantedTo = grantedTo == null ? List.of() : List.copyOf(grantedTo);
	}

	/** Whether this organisation may declare the matter. */
	public boolean isGranted(String organisation) {
		return organisation != null && grantedTo.contains(organisation);
	}
}
