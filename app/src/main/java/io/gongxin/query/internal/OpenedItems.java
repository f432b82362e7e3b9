package io.gongxin.query.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Disclosure;

/**
 * R-16b, R-20a: the non-public items a caller's valid authorizations open, and the first authorization that opened
 * one (the one the query log names).
 */
record OpenedItems(Set<String> items, Authorization used) {

	static final OpenedItems NONE = new OpenedItems(Set.of(), null);

	static OpenedItems by(List<Authorization> grants, CatalogDocument catalog) {
		Set<String> opened = new HashSet<>();
		Authorization used = null;
		for (Authorization grant : grants) {
			for (CatalogItem item : catalog.items()) {
				if (item.disclosure() == Disclosure.NON_PUBLIC && grant.covers(item.code()) && opened.add(item.code())
						&& used == null) {
					used = grant;
				}
			}
		}
		return new OpenedItems(Set.copyOf(opened), used);
	}
}
