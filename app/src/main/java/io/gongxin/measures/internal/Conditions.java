package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.Severity;
import io.gongxin.record.CreditRecord;

/** Reading the parameters of a condition, shared by the policies. */
final class Conditions {

	private Conditions() {
	}

	static Optional<String> text(Map<String, Object> condition, String key) {
		return Optional.ofNullable(condition.get(key)).map(String::valueOf);
	}

	@SuppressWarnings("unchecked")
	static List<String> list(Map<String, Object> condition, String key) {
		Object value = condition.get(key);
		return value instanceof Collection<?> values ? values.stream().map(String::valueOf).toList() : List.of();
	}

	/** Whether the record matches the condition's items, category, severities, field filter and period. */
	static boolean matches(Map<String, Object> condition, CreditRecord record, CatalogDocument catalog, LocalDate today,
			boolean dishonestOnly) {
		CatalogItem item = catalog.item(record.item()).orElse(null);
		if (item == null || (dishonestOnly && item.category() != Category.DISHONEST)) {
			return false;
		}
		List<String> items = list(condition, "items");
		if (!items.isEmpty() && !items.contains(record.item())) {
			return false;
		}
		List<String> severities = list(condition, "severities");
		if (!severities.isEmpty()) {
			Severity severity = item.severity() == null ? Severity.GENERAL : item.severity().severityOf(record.fields());
			if (!severities.contains(severity.name())) {
				return false;
			}
		}
		Optional<String> field = text(condition, "field");
		if (field.isPresent()) {
			String value = String.valueOf(record.fields().get(field.get()));
			if (!value.contains(text(condition, "contains").orElse(""))) {
				return false;
			}
		}
		return text(condition, "within").map(Period::parse)
			.map(within -> !record.occurredOn().isBefore(today.minus(within)))
			.orElse(true);
	}
}
