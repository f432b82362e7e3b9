package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.record.Records;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * R-27a: marks records past their item's query period expired. Queries already hide them by date; the
 * sweep makes the state visible. One UPDATE per item: idempotent, and safe when several nodes run it.
 */
@Component
class ExpirySweep implements io.gongxin.repair.Expiry {

	private static final Logger log = LoggerFactory.getLogger(ExpirySweep.class);

	private final Catalogs catalogs;

	private final Records records;

	private final Clock clock;

	ExpirySweep(Catalogs catalogs, Records records, Clock clock) {
		this.catalogs = catalogs;
		this.records = records;
		this.clock = clock;
	}

	@Override
	@Scheduled(fixedDelayString = "${gongxin.rights.expiry-every:PT1H}")
	public int sweep() {
		LocalDate today = LocalDate.now(clock);
		int expired = 0;
		for (CatalogItem item : catalogs.published().items()) {
			if (item.period().isPresent()) {
				expired += records.expire(item.code(), item.period().get(), today);
			}
		}
		if (expired > 0) {
			log.info("Expiry sweep: {} records past their query period", expired);
		}
		return expired;
	}
}
