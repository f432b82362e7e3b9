package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.dispute.ObjectionDeadlines;
import io.gongxin.notice.Notices;
import io.gongxin.record.Records;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** R-30b: the provider's deadline passed unanswered; the record is suspended from queries until it answers. */
@Component
class OverdueSuspension implements ObjectionDeadlines {

	private final ObjectionsJdbc objections;

	private final Records records;

	private final QueryLog log;

	private final Notices notices;

	private final Clock clock;

	OverdueSuspension(ObjectionsJdbc objections, Records records, QueryLog log, Notices notices, Clock clock) {
		this.objections = objections;
		this.records = records;
		this.log = log;
		this.notices = notices;
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
				notices.toOrganisation(record.provider(), "RECORD_SUSPENDED", "异议 " + objection.id()
						+ " 逾期未答复，记录 " + record.id() + " 已中止提供查询，答复后恢复。");
			});
		}
	}
}
