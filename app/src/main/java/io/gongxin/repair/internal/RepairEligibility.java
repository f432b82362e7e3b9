package io.gongxin.repair.internal;

import java.time.LocalDate;
import java.util.Map;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.Severity;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;

import org.springframework.stereotype.Component;

/**
 * R-RP: a dishonesty record may be repaired once its minimum publication period has passed since its decision
 * date (the item's legalDocument.decidedOn field; the record's date when the item names none), one pending
 * application at a time.
 */
@Component
class RepairEligibility {

	private final Catalogs catalogs;

	private final Repairs repairs;

	RepairEligibility(Catalogs catalogs, Repairs repairs) {
		this.catalogs = catalogs;
		this.repairs = repairs;
	}

	/** Refuses a record that is no dishonesty record, not yet repairable, or with an application pending. */
	void check(CreditRecord record, LocalDate today) {
		LocalDate earliest = earliest(record);
		if (today.isBefore(earliest)) {
			throw new DomainException(DomainException.Kind.INVALID, "REPAIR_TOO_EARLY",
					Map.of("earliest", earliest.toString()), earliest.toString());
		}
		if (repairs.pending(record.subject(), record.id())) {
			throw new DomainException(DomainException.Kind.CONFLICT, "REPAIR_PENDING", Map.of("recordId", record.id()),
					String.valueOf(record.id()));
		}
	}

	private LocalDate earliest(CreditRecord record) {
		CatalogDocument catalog = catalogs.published();
		CatalogItem item = catalog.item(record.item()).orElseThrow();
		if (item.category() != Category.DISHONEST) {
			throw new DomainException(DomainException.Kind.INVALID, "NOT_REPAIRABLE", Map.of("item", record.item()));
		}
		// the minimum publication period runs from the decision that made the record, not the act's start
		return item.decidedOn(record.fields())
			.orElse(record.occurredOn())
			.plus(catalog.repairAfter(item.severity() == null ? Severity.GENERAL : item.severity().severityOf(record.fields())));
	}
}
