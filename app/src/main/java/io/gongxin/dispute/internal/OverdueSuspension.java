package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.dispute.ObjectionDeadlines;
import io.gongxin.dispute.ObjectionStep;
import io.gongxin.record.Records;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-30b: the provider's deadline passed unanswered; the record is suspended from queries until it answers, and the
 * step is published (the provider is told by the notices listening to it).
 */
@Component
class OverdueSuspension implements ObjectionDeadlines {

	private final ObjectionDeadlinesJdbc objections;

	private final Records records;

	private final QueryLog log;

	private final ObjectionDecisions decisions;

	private final Clock clock;

	OverdueSuspension(ObjectionDeadlinesJdbc objections, Records records, QueryLog log, ObjectionDecisions decisions,
			Clock clock) {
		this.objections = objections;
		this.records = records;
		this.log = log;
		this.decisions = decisions;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void suspendOverdue() {
		for (Objection objection : objections.suspendOverdue(LocalDate.now(clock))) {
			if (objection.recordId() == null) {
				continue; // a missing record has nothing to suspend; the overdue answer shows in the queues
			}
			records.find(objection.recordId()).ifPresent(record -> {
				log.record(QueryLogEntry.decision(OffsetDateTime.now(clock), "system", null, "SYSTEM", record.subject(),
						record.item(), "RECORD_SUSPENDED", "提供单位逾期未核查异议 " + objection.id()));
				decisions.stepped(objection.id(), ObjectionStep.named("SUSPENDED"));
			});
		}
	}
}
