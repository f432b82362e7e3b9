package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;

import java.util.List;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Category;
import io.gongxin.record.CreditRecord;
import io.gongxin.catalog.Catalogs;
import io.gongxin.record.Records;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * R-27a: marks records past their item's query period expired, counted from the day the act ended (a
 * continuing act without an end date has not ended). Queries already hide them by date; the
 * sweep makes the state visible. One UPDATE per item: idempotent, and safe when several nodes run it.
 */
@Component
class ExpirySweep implements io.gongxin.repair.Expiry {

	private static final Logger log = LoggerFactory.getLogger(ExpirySweep.class);

	private static final int BATCH = 5000;

	private final Catalogs catalogs;

	private final Records records;

	private final Clock clock;

	ExpirySweep(Catalogs catalogs, Records records, Clock clock) {
		this.catalogs = catalogs;
		this.records = records;
		this.clock = clock;
	}

	/** Under the three-tier model each record's period follows its severity, so each is judged in turn. */
	private int expireBySeverity(CatalogDocument catalog, CatalogItem item, LocalDate today) {
		LocalDate cutoff = catalog.publicationBySeverity()
			.values()
			.stream()
			.map(p -> today.minus(java.time.Period.parse(p)))
			.max(java.util.Comparator.naturalOrder())
			.orElseThrow();
		int expired = 0;
		long after = 0;
		List<CreditRecord> candidates;
		do {
			candidates = records.activeEndedBy(item.code(), cutoff, after, BATCH);
			expired += records.expire(candidates.stream()
				.filter(r -> catalog.queryableUntil(item, r.fields(), r.occurredOn(), r.endedOn())
					.map(until -> !today.isBefore(until))
					.orElse(false))
				.map(CreditRecord::id)
				.toList());
			after = candidates.isEmpty() ? after : candidates.get(candidates.size() - 1).id();
		}
		while (candidates.size() == BATCH);
		return expired;
	}

	@Override
	public int sweep() {
		LocalDate today = LocalDate.now(clock);
		CatalogDocument catalog = catalogs.published();
		int expired = 0;
		for (CatalogItem item : catalog.items()) {
			if (catalog.publicationBySeverity() != null && item.category() == Category.DISHONEST) {
				expired += expireBySeverity(catalog, item, today);
			}
			else if (item.period().isPresent()) {
				expired += records.expire(item.code(), item.period().get(), today, item.continuing());
			}
		}
		if (expired > 0) {
			log.info("Expiry sweep: {} records past their query period", expired);
		}
		return expired;
	}
}
