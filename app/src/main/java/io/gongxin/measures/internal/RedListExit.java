package io.gongxin.measures.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Category;
import io.gongxin.measures.ListType;
import io.gongxin.record.CreditRecord;

/**
 * the red list's published exit condition, "新增失信记录的，移出名单". A red-list entry ends the moment its
 * subject has a shown dishonesty record (any dishonesty item, public or not) that occurred after the entry's
 * decision date: the incentive stops and the entry leaves the public list. It is judged on the records shown
 * that day rather than stored as a removal, so a record the provider revokes as wrong ends nothing.
 */
final class RedListExit {

	private RedListExit() {
	}

	/** The earliest shown dishonesty record that ends the entry, if the entry is a red-list one that has ended. */
	static Optional<CreditRecord> endedBy(ListEntry entry, List<CreditRecord> shown, CatalogDocument catalog) {
		if (entry.type() != ListType.RED) {
			return Optional.empty();
		}
		return shown.stream()
			.filter(r -> r.occurredOn().isAfter(entry.decidedOn()))
			.filter(r -> catalog.item(r.item()).map(i -> i.category() == Category.DISHONEST).orElse(false))
			.min(Comparator.comparing(CreditRecord::occurredOn));
	}
}
