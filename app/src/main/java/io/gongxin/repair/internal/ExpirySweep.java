package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.Catalogs;
import io.gongxin.record.Records;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * R-27a: marks records past their item's query period expired, counted from the day the act ended (a
 * continuing act without an end date has not ended). Queries already hide them by date; the sweep makes the state
 * visible. One UPDATE per item ({@link SeverityExpiry} under the three-tier model): idempotent, and safe when
 * several nodes run it.
 */
@Component
class ExpirySweep implements io.gongxin.repair.Expiry {

	private static final Logger log = LoggerFactory.getLogger(ExpirySweep.class);

	private final Catalogs catalogs;

	private final Records records;

	private final SeverityExpiry bySeverity;

	private final Clock clock;

	ExpirySweep(Catalogs catalogs, Records records, SeverityExpiry bySeverity, Clock clock) {
		this.catalogs = catalogs;
		this.records = records;
		this.bySeverity = bySeverity;
		this.clock = clock;
	}

	@Override
	public int sweep() {
		LocalDate today = LocalDate.now(clock);
		CatalogDocument catalog = catalogs.published();
		int expired = 0;
		for (CatalogItem item : catalog.items()) {
			if (catalog.publicationBySeverity() != null && item.category() == Category.DISHONEST) {
				expired += bySeverity.expire(catalog, item, today);
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
