package io.gongxin.repair.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;

import org.springframework.stereotype.Component;

/**
 * R-27a under the three-tier model: each dishonesty record's period follows its severity, so each record that
 * ended before the longest period's cutoff is judged in turn, in batches by id.
 */
@Component
class SeverityExpiry {

	private static final int BATCH = 5000;

	private final Records records;

	SeverityExpiry(Records records) {
		this.records = records;
	}

	int expire(CatalogDocument catalog, CatalogItem item, LocalDate today) {
		LocalDate cutoff = catalog.publicationBySeverity()
			.values()
			.stream()
			.map(p -> today.minus(Period.parse(p)))
			.max(Comparator.naturalOrder())
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
}
