package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.RecordFilter;
import io.gongxin.catalog.Severity;
import io.gongxin.record.CreditRecord;

/** Whether a record passes a condition's filter, and from when it counts: shared by the policies that look at records. */
final class Conditions {

	private Conditions() {
	}

	/** Whether the record matches the filter's items, category, severities, field text and period. */
	static boolean matches(RecordFilter filter, CreditRecord record, CatalogDocument catalog, LocalDate today,
			boolean dishonestOnly) {
		CatalogItem item = catalog.item(record.item()).orElse(null);
		if (item == null || (dishonestOnly && item.category() != Category.DISHONEST)) {
			return false;
		}
		if (!filter.items().isEmpty() && !filter.items().contains(record.item())) {
			return false;
		}
		if (!filter.severities().isEmpty()) {
			Severity severity = item.severity() == null ? Severity.GENERAL : item.severity().severityOf(record.fields());
			if (!filter.severities().contains(severity)) {
				return false;
			}
		}
		if (filter.field() != null) {
			String value = String.valueOf(record.fields().get(filter.field()));
			if (!value.contains(filter.contains() == null ? "" : filter.contains())) {
				return false;
			}
		}
		return filter.withinPeriod().map(within -> !record.occurredOn().isBefore(today.minus(within))).orElse(true);
	}

	/** A penalty counts from its decision date (the {@code decidedOn} field), else from the record's date. */
	static LocalDate decidedOn(CreditRecord record) {
		Object decided = record.fields().get("decidedOn");
		if (decided != null) {
			try {
				return LocalDate.parse(String.valueOf(decided));
			}
			catch (DateTimeParseException ex) {
				// fall back to the record's own date
			}
		}
		return record.occurredOn();
	}
}
