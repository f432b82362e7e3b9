package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.Severity;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.repair.RepairRequested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit repair (R-RP), the subject's part: it applies for one of its active dishonesty records once the minimum
 * publication period has passed, one pending application per record. {@link RepairRequested} is published (the
 * provider and the subject are told by the notices listening to it), and the application is written to the
 * tamper-evident log. (The provider decides in {@link RepairDecisions}.)
 */
@Component
class RepairApplications {

	private final RightsRecords rights;

	private final Catalogs catalogs;

	private final Repairs repairs;

	private final ApplicationEventPublisher events;

	private final RecordNames names;

	private final Clock clock;

	RepairApplications(RightsRecords rights, Catalogs catalogs, Repairs repairs, ApplicationEventPublisher events, RecordNames names,
			Clock clock) {
		this.rights = rights;
		this.catalogs = catalogs;
		this.repairs = repairs;
		this.events = events;
		this.names = names;
		this.clock = clock;
	}

	@Transactional
	RepairAnswer apply(Caller subject, long recordId, String statement) {
		CreditRecord record = rights.own(subject, recordId);
		LocalDate today = LocalDate.now(clock);
		LocalDate earliest = earliest(record);
		if (today.isBefore(earliest)) {
			throw new DomainException(DomainException.Kind.INVALID, "REPAIR_TOO_EARLY",
					Map.of("earliest", earliest.toString()), earliest.toString());
		}
		if (repairs.pending(record.subject(), recordId)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "REPAIR_PENDING", Map.of("recordId", recordId),
					String.valueOf(recordId));
		}
		long id = repairs.applied(record.subject(), recordId, record.provider(), statement, today, subject.username());
		events.publishEvent(new RepairRequested(id, recordId, record.subject(), record.provider(), names.of(record),
				clock.instant()));
		rights.decided(subject, record, "REPAIR_APPLIED", statement);
		return new RepairAnswer(id, RepairStatus.PENDING);
	}

	/**
	 * R-RP: a dishonesty record may be repaired once its minimum publication period has passed since its decision
	 * date (the item's legalDocument.decidedOn field; the record's date when the item names none).
	 */
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
