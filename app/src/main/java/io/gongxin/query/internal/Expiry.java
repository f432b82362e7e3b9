package io.gongxin.query.internal;

import java.time.LocalDate;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.record.CreditRecord;

/**
 * R-27a: a record with a query period may be queried from the day its act or event ended (its end date,
 * or its date when it has none) for that period, and not on or after the day the period runs out. Counted
 * at every read, so nothing waits for a sweep.
 */
final class Expiry {

	private Expiry() {
	}

	static boolean shown(CreditRecord record, CatalogItem item, CatalogDocument catalog, LocalDate today) {
		return catalog.queryPeriodOf(item, record.fields())
			.map(period -> today.isBefore(lastDayExclusive(record, period)))
			.orElse(true);
	}

	static LocalDate lastDayExclusive(CreditRecord record, java.time.Period period) {
		return record.actEnded().plus(period);
	}
}
