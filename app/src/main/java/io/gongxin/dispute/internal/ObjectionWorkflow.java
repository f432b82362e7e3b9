package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.dispute.Notices;
import io.gongxin.dispute.RightsDeadlines;
import io.gongxin.platform.ProblemException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections from receipt to outcome: every step counts its deadline in working days,
 * tells the subject and the provider, and is written to the tamper-evident log with who and why.
 */
@Component
@EnableConfigurationProperties(RightsDeadlines.class)
class ObjectionWorkflow implements io.gongxin.dispute.ObjectionDeadlines {

	private final ObjectionsJdbc objections;

	private final Records records;

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	private final Notices notices;

	private final QueryLog log;

	private final Clock clock;

	ObjectionWorkflow(ObjectionsJdbc objections, Records records, WorkingDays workingDays, RightsDeadlines deadlines,
			Notices notices, QueryLog log, Clock clock) {
		this.objections = objections;
		this.records = records;
		this.workingDays = workingDays;
		this.deadlines = deadlines;
		this.notices = notices;
		this.log = log;
		this.clock = clock;
	}

	@Transactional
	Objection receive(Caller subject, long recordId, String reason, String statement) {
		CreditRecord record = records.find(recordId)
			.filter(r -> subject.actingSubject().filter(r.subject()::equals).isPresent())
			.filter(r -> r.state() == RecordState.ACTIVE || r.state() == RecordState.REPAIRED)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "UNKNOWN_RECORD", Map.of("recordId", recordId),
					String.valueOf(recordId)));
		if (objections.openOn(recordId)) {
			throw new ProblemException(HttpStatus.CONFLICT, "OBJECTION_OPEN", Map.of("recordId", recordId));
		}
		LocalDate today = LocalDate.now(clock);
		Deadline compareBy = workingDays.deadline(today, deadlines.compareDays());
		Objection objection = new Objection(0, record.subject(), recordId, record.provider(), reason, statement,
				Objection.Status.RECEIVED, today, compareBy.date(),
				workingDays.add(today, deadlines.correctDays()), null, null, null, null);
		long id = objections.insert(objection, subject.username());
		decided(subject, record, "OBJECTION_RECEIVED", reason);
		notices.toSubject(record.subject(), "OBJECTION_RECEIVED", "您对记录 " + recordId + " 的异议已受理，中心将于 "
				+ objection.compareBy() + provisional(compareBy) + " 前完成比对；异议处理期间该记录在查询中加注标注。");
		notices.toOrganisation(record.provider(), "OBJECTION_RECEIVED", "信息主体对贵单位报送的记录 " + recordId
				+ " 提出异议（" + id + "），中心比对中，该记录已加注异议标注。");
		return objections.find(id).orElseThrow();
	}

	@Transactional
	Objection compare(Caller centre, long id, boolean matchesProvider, Map<String, Object> correction) {
		Objection objection = lock(id);
		CreditRecord record = records.find(objection.recordId()).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		Objection next;
		if (matchesProvider) {
			Deadline verifyBy = workingDays.deadline(today, deadlines.verifyDays());
			next = objection.forwardToProvider(today, verifyBy.date());
			notices.toOrganisation(record.provider(), "OBJECTION_FORWARDED", "异议 " + id + "（记录 " + record.id()
					+ "）已转交贵单位核查，请于 " + next.verifyBy() + provisional(verifyBy) + " 前答复；逾期该记录将中止提供查询。");
			notices.toSubject(record.subject(), "OBJECTION_FORWARDED", "您的异议 " + id + " 经比对与提供单位数据一致，已转交提供单位核查。");
		}
		else {
			if (correction != null && !correction.isEmpty()) {
				records.correct(record.id(), correction, "异议 " + id + " 比对更正 / corrected by the centre", centre.username());
			}
			next = objection.correctedByCentre("与提供单位数据不一致，中心已更正 / differed from the provider's data; corrected");
			notices.toSubject(record.subject(), "OBJECTION_CORRECTED", "您的异议 " + id + " 成立，记录已由中心更正。");
		}
		objections.update(next);
		decided(centre, record, "OBJECTION_" + next.status().name(), next.outcome() == null ? "forwarded" : next.outcome());
		return objections.find(id).orElseThrow();
	}

	@Transactional
	Objection verify(Caller provider, long id, boolean upheld, Map<String, Object> correction, String explanation) {
		Objection objection = lock(id);
		if (!objection.provider().equals(provider.organisation())) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "NOT_OWN_RECORD", Map.of("recordId", objection.recordId()),
					String.valueOf(objection.recordId()));
		}
		CreditRecord record = records.find(objection.recordId()).orElseThrow();
		if (upheld && correction != null && !correction.isEmpty()) {
			records.correct(record.id(), correction, "异议 " + id + " 核查更正 / corrected by the provider", provider.username());
		}
		Objection next = objection.answeredByProvider(upheld, explanation);
		objections.update(next);
		decided(provider, record, "OBJECTION_" + next.status().name(), explanation);
		notices.toSubject(record.subject(), "OBJECTION_" + next.status().name(), "提供单位对异议 " + id + " 的核查结果："
				+ (upheld ? "异议成立，记录已更正。" : "异议不成立。") + "说明：" + explanation);
		notices.toOrganisation(record.provider(), "OBJECTION_" + next.status().name(), "贵单位对异议 " + id + " 的答复已记录"
				+ (objection.suspendedOn(LocalDate.now(clock)) ? "，记录 " + record.id() + " 恢复提供查询。" : "。"));
		return objections.find(id).orElseThrow();
	}

	@Transactional
	Objection disagree(Caller subject, long id) {
		Objection objection = lock(id);
		if (subject.actingSubject().filter(objection.subject()::equals).isEmpty()) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "UNKNOWN_OBJECTION", Map.of("id", id), String.valueOf(id));
		}
		Objection next = objection.markDisagreed();
		objections.update(next);
		decided(subject, records.find(objection.recordId()).orElseThrow(), "OBJECTION_DISAGREED", "subject disagrees");
		return objections.find(id).orElseThrow();
	}

	/** R-30b: the provider's deadline passed unanswered; the record is suspended until it answers. */
	@Override
	@Scheduled(fixedDelayString = "${gongxin.rights.sweep-every:PT1M}")
	@Transactional
	public void suspendOverdue() {
		for (Objection objection : objections.suspendOverdue(LocalDate.now(clock))) {
			records.find(objection.recordId()).ifPresent(record -> {
				log.record(QueryLogEntry.decision(OffsetDateTime.now(clock), "system", null, "SYSTEM", record.subject(),
						record.item(), "RECORD_SUSPENDED", "提供单位逾期未核查异议 " + objection.id()));
				notices.toOrganisation(record.provider(), "RECORD_SUSPENDED", "异议 " + objection.id()
						+ " 逾期未答复，记录 " + record.id() + " 已中止提供查询，答复后恢复。");
			});
		}
	}

	/** R-WD: a deadline on a year whose notice is not loaded says so; it is recomputed when the notice is loaded. */
	private static String provisional(Deadline deadline) {
		return deadline.provisional() ? "（暂定，当年放假安排公布后重新计算）" : "";
	}

	private Objection lock(long id) {
		return objections.lock(id)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "UNKNOWN_OBJECTION", Map.of("id", id),
					String.valueOf(id)));
	}

	private void decided(Caller caller, CreditRecord record, String decision, String why) {
		log.record(QueryLogEntry.decision(OffsetDateTime.now(clock), caller.username(), caller.organisation(),
				caller.role().name(), record.subject(), record.item(), decision, why));
	}
}
