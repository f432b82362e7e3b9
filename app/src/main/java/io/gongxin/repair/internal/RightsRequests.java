package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.notice.Notices;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit repair (R-RP): the subject applies (one pending application per record), the provider decides; approval
 * stops the record being shared at once. Each step tells the other party and the subject, and is written to the
 * tamper-evident log. (Deletion on request is {@link Deletions}.)
 */
@Component
class RightsRequests {

	private final Records records;

	private final Catalogs catalogs;

	private final Notices notices;

	private final RightsRecords rights;

	private final RecordNames names;

	private final JdbcClient jdbc;

	private final Clock clock;

	RightsRequests(Records records, Catalogs catalogs, Notices notices, RightsRecords rights, RecordNames names,
			JdbcClient jdbc, Clock clock) {
		this.records = records;
		this.catalogs = catalogs;
		this.notices = notices;
		this.rights = rights;
		this.names = names;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * R-RP: a dishonesty record may be repaired once its minimum publication period has passed since its
	 * decision date (the item's legalDocument.decidedOn field; the record's date when the item names none).
	 */
	@Transactional
	Map<String, Object> applyForRepair(Caller subject, long recordId, String statement) {
		CreditRecord record = rights.own(subject, recordId);
		CatalogDocument catalog = catalogs.published();
		CatalogItem item = catalog.item(record.item()).orElseThrow();
		if (item.category() != Category.DISHONEST) {
			throw new DomainException(DomainException.Kind.INVALID, "NOT_REPAIRABLE", Map.of("item", record.item()));
		}
		// the minimum publication period runs from the decision that made the record, not the act's start
		LocalDate earliest = item.decidedOn(record.fields())
			.orElse(record.occurredOn())
			.plus(catalog.repairAfter(item.severity() == null ? io.gongxin.catalog.Severity.GENERAL
					: item.severity().severityOf(record.fields())));
		LocalDate today = LocalDate.now(clock);
		if (today.isBefore(earliest)) {
			throw new DomainException(DomainException.Kind.INVALID, "REPAIR_TOO_EARLY", Map.of("earliest", earliest.toString()),
					earliest.toString());
		}
		boolean pending = jdbc.sql("select exists (select 1 from repairs where subject_key = ? and record_id = ? and status = 'PENDING')")
			.params(record.subject().value(), recordId)
			.query(Boolean.class)
			.single();
		if (pending) {
			throw new DomainException(DomainException.Kind.CONFLICT, "REPAIR_PENDING", Map.of("recordId", recordId),
					String.valueOf(recordId));
		}
		long id = jdbc.sql("""
				insert into repairs (subject_key, record_id, provider, statement, status, applied_on, created_by)
				values (?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
			.params(record.subject().value(), recordId, record.provider(), statement, today, subject.username())
			.query(Long.class)
			.single();
		String name = names.of(record);
		notices.toOrganisation(record.provider(), "REPAIR_APPLIED", "信息主体对「" + name + "」（记录 " + recordId
				+ "）申请信用修复（申请 " + id + "），请审核。");
		notices.toSubject(record.subject(), "REPAIR_APPLIED", "您对「" + name + "」的信用修复申请已提交（申请 " + id
				+ "），等待信息提供单位审核。");
		rights.decided(subject, record, "REPAIR_APPLIED", statement);
		return Map.of("id", id, "status", "PENDING");
	}

	/** The record's provider decides; approval stops the record being shared at once. */
	@Transactional
	Map<String, Object> decide(Caller provider, long repairId, boolean approved, String reason) {
		Map<String, Object> repair = jdbc.sql("select record_id, provider, status from repairs where id = ? for update")
			.param(repairId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_REPAIR", Map.of("id", repairId),
					String.valueOf(repairId)));
		if (!provider.organisation().equals(repair.get("provider"))) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_OWN_RECORD", Map.of("recordId", repair.get("record_id")),
					String.valueOf(repair.get("record_id")));
		}
		if (!"PENDING".equals(repair.get("status"))) {
			throw new DomainException(DomainException.Kind.CONFLICT, "REPAIR_DECIDED");
		}
		long recordId = ((Number) repair.get("record_id")).longValue();
		CreditRecord record = records.find(recordId).orElseThrow();
		String status = approved ? "APPROVED" : "REJECTED";
		jdbc.sql("update repairs set status = ?, reason = ?, decided_on = ?, decided_by = ? where id = ?")
			.params(status, reason, LocalDate.now(clock), provider.username(), repairId)
			.update();
		if (approved) {
			records.repair(recordId, "信用修复：" + reason, provider.username());
		}
		notices.toSubject(record.subject(), "REPAIR_" + status, "您对「" + names.of(record) + "」的信用修复申请"
				+ (approved ? "已通过，该记录不再公开。" : "未通过。") + "理由：" + reason);
		rights.decided(provider, record, "REPAIR_" + status, reason);
		return Map.of("id", repairId, "status", status);
	}

}
