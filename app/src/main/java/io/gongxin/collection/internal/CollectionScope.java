package io.gongxin.collection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.CollectableAfter;

/**
 * Whether a record that fits its item's schema is within what Articles 12 and 13 let the platform collect at
 * all: administrative penalties are dishonesty information only when decided by the general procedure
 * and utility arrears only once they are still unpaid the catalog's period after the reminder.
 */
final class CollectionScope {

	/** The field of a dishonesty item that says by which procedure the decision was made. */
	static final String PROCEDURE = "procedure";

	/** 简易程序: a summary-procedure decision is not dishonesty information (Art. 12 names 一般程序 only). */
	static final String SUMMARY_PROCEDURE = "简易程序";

	/** One reason the record is out of scope: its field and a stable code. */
	record OutOfScope(String field, String code) {
	}

	private CollectionScope() {
	}

	static List<OutOfScope> check(CatalogItem item, Map<String, Object> fields, LocalDate today) {
		List<OutOfScope> out = new ArrayList<>();
		// absent means the provider asserts the general procedure, so existing integrations stay valid
		if (item.category() == Category.DISHONEST && SUMMARY_PROCEDURE.equals(fields.get(PROCEDURE))) {
			out.add(new OutOfScope("fields." + PROCEDURE, "SUMMARY_PROCEDURE_PENALTY"));
		}
		CollectableAfter wait = item.collectableAfter();
		if (wait != null) {
			SubmittedDates.parse(fields.get(wait.field()))
				.filter(from -> today.isBefore(wait.firstDay(from)))
				.ifPresent(from -> out.add(new OutOfScope("fields." + wait.field(), "NOT_YET_COLLECTABLE")));
		}
		return out;
	}
}
