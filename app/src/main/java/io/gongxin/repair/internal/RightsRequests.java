package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.dispute.Notices;
import io.gongxin.dispute.RightsDeadlines;
import io.gongxin.platform.ProblemException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletion on request (R-27b) and credit repair (R-RP): each takes effect on the record at once where
 * the law says so, tells the provider or the subject, and is written to the tamper-evident log.
 */
@Component
class RightsRequests {

	private final Records records;

	private final Catalogs catalogs;

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	private final Notices notices;

	private final QueryLog log;

	private final JdbcClient jdbc;

	private final Clock clock;

	RightsRequests(Records records, Catalogs catalogs, WorkingDays workingDays, RightsDeadlines deadlines,
			Notices notices, QueryLog log, JdbcClient jdbc, Clock clock) {
		this.records = records;
		this.catalogs = catalogs;
		this.workingDays = workingDays;
		this.deadlines = deadlines;
		this.notices = notices;
		this.log = log;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** API.md {@code {"id","dueBy"}}, and whether {@code dueBy} rests on a provisional calendar (R-WD). */
	record Deletion(long id, LocalDate dueBy, boolean dueByProvisional, String status) {
	}

	/** R-27b: the record leaves every query at once; the provider is told. */
	@Transactional
	Deletion delete(Caller subject, long recordId) {
		CreditRecord record = own(subject, recordId);
		CatalogItem item = catalogs.published().item(record.item()).orElseThrow();
		if (!item.deletableOnRequest()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "NOT_DELETABLE", Map.of("item", record.item()));
		}
		LocalDate today = LocalDate.now(clock);
		Deadline dueBy = workingDays.deadline(today, deadlines.deletionDays());
		records.changeState(recordId, RecordState.DELETED, "信息主体申请删除 / deleted on the subject's request",
				subject.username());
		long id = jdbc.sql("""
				insert into deletion_requests (subject_key, record_id, requested_on, due_by, created_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(record.subject().value(), recordId, today, dueBy.date(), subject.username())
			.query(Long.class)
			.single();
		notices.toOrganisation(record.provider(), "RECORD_DELETED", "信息主体申请删除记录 " + recordId + "（"
				+ item.name() + "），平台已删除，不再提供查询。");
		decided(subject, record, "RECORD_DELETED", "R-27b deletion on request");
		return new Deletion(id, dueBy.date(), dueBy.provisional(), "DELETED");
	}

	/**
	 * R-RP: a dishonesty record may be repaired once its minimum publication period has passed since its
	 * decision date (the item's legalDocument.decidedOn field; the record's date when the item names none).
	 */
	@Transactional
	Map<String, Object> applyForRepair(Caller subject, long recordId, String statement) {
		CreditRecord record = own(subject, recordId);
		CatalogDocument catalog = catalogs.published();
		CatalogItem item = catalog.item(record.item()).orElseThrow();
		if (item.category() != Category.DISHONEST) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "NOT_REPAIRABLE", Map.of("item", record.item()));
		}
		// the minimum publication period runs from the decision that made the record, not the act's start
		LocalDate earliest = item.decidedOn(record.fields())
			.orElse(record.occurredOn())
			.plus(catalog.repairAfter(item.severity() == null ? io.gongxin.catalog.Severity.GENERAL
					: item.severity().severityOf(record.fields())));
		LocalDate today = LocalDate.now(clock);
		if (today.isBefore(earliest)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "REPAIR_TOO_EARLY", Map.of("earliest", earliest.toString()),
					earliest.toString());
		}
		long id = jdbc.sql("""
				insert into repairs (subject_key, record_id, provider, statement, status, applied_on, created_by)
				values (?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
			.params(record.subject().value(), recordId, record.provider(), statement, today, subject.username())
			.query(Long.class)
			.single();
		notices.toOrganisation(record.provider(), "REPAIR_APPLIED", "信息主体对记录 " + recordId + " 申请信用修复（申请 " + id
				+ "），请审核。");
		decided(subject, record, "REPAIR_APPLIED", statement);
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
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "UNKNOWN_REPAIR", Map.of("id", repairId),
					String.valueOf(repairId)));
		if (!provider.organisation().equals(repair.get("provider"))) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "NOT_OWN_RECORD", Map.of("recordId", repair.get("record_id")),
					String.valueOf(repair.get("record_id")));
		}
		if (!"PENDING".equals(repair.get("status"))) {
			throw new ProblemException(HttpStatus.CONFLICT, "REPAIR_DECIDED");
		}
		long recordId = ((Number) repair.get("record_id")).longValue();
		CreditRecord record = records.find(recordId).orElseThrow();
		String status = approved ? "APPROVED" : "REJECTED";
		jdbc.sql("update repairs set status = ?, reason = ?, decided_on = ?, decided_by = ? where id = ?")
			.params(status, reason, LocalDate.now(clock), provider.username(), repairId)
			.update();
		if (approved) {
			records.changeState(recordId, RecordState.REPAIRED, "信用修复：" + reason, provider.username());
		}
		notices.toSubject(record.subject(), "REPAIR_" + status, "您对记录 " + recordId + " 的信用修复申请"
				+ (approved ? "已通过，该记录不再公开。" : "未通过。") + "理由：" + reason);
		decided(provider, record, "REPAIR_" + status, reason);
		return Map.of("id", repairId, "status", status);
	}

	private CreditRecord own(Caller subject, long recordId) {
		return records.find(recordId)
			.filter(r -> subject.actingSubject().filter(r.subject()::equals).isPresent())
			.filter(r -> r.state() == RecordState.ACTIVE)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "UNKNOWN_RECORD", Map.of("recordId", recordId),
					String.valueOf(recordId)));
	}

	private void decided(Caller caller, CreditRecord record, String decision, String why) {
		log.record(QueryLogEntry.decision(OffsetDateTime.now(clock), caller.username(), caller.organisation(),
				caller.role().name(), record.subject(), record.item(), decision, why));
	}
}
