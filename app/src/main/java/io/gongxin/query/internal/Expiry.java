package io.gongxin.query.internal;

import java.time.LocalDate;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.record.CreditRecord;

/**
 * R-27a: a record with a query period may be queried from the day its act or event ended for that period,
 * and not on or after the day the period runs out. The act ended on its end date; without one, a continuing
 * act (arrears, a judgment not performed) has not ended yet and stays queryable, any other act ended the day
 * it occurred. Counted at every read, so nothing waits for a sweep.
 */
final class Expiry {

	private Expiry() {
	}

	static boolean shown(CreditRecord record, CatalogItem item, CatalogDocument catalog, LocalDate today) {
		return catalog.queryableUntil(item, record.fields(), record.occurredOn(), record.endedOn())
			.map(today::isBefore)
			.orElse(true);
	}
}
