package io.gongxin.query.internal;

import java.util.Set;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Disclosure;

/**
 * What one caller may see of one subject: every item, or the public ones plus
 * those a valid authorization covers, or the items of the declared matter.
 *
 * @param items the item codes visible beyond the public ones, or the only ones for a matter
 * @param publicItems whether public items are visible
 * @param authorization the grant that opened non-public items, if any
 * @param wholeIdentifier whether the caller may see a person's id number whole
 */
record View(boolean everything, boolean publicItems, Set<String> items, Authorization authorization, String matter,
		String purpose, boolean wholeIdentifier) {

	boolean shows(CatalogItem item) {
		return everything || (publicItems && item.disclosure() == Disclosure.PUBLIC) || items.contains(item.code());
	}
}
