package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;

import org.springframework.stereotype.Component;

/** The subject's own active record a right is exercised on, and the decision written to the tamper-evident log. */
@Component
class RightsRecords {

	private final Records records;

	private final QueryLog log;

	private final Clock clock;

	RightsRecords(Records records, QueryLog log, Clock clock) {
		this.records = records;
		this.log = log;
		this.clock = clock;
	}

	CreditRecord own(Caller subject, long recordId) {
		return records.find(recordId)
			.filter(r -> subject.actingSubject().filter(r.subject()::equals).isPresent())
			.filter(r -> r.state() == RecordState.ACTIVE)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_RECORD", Map.of("recordId", recordId),
					String.valueOf(recordId)));
	}

	CreditRecord record(long recordId) {
		return records.find(recordId).orElseThrow();
	}

	void decided(Caller caller, CreditRecord record, String decision, String why) {
		decided(caller.username(), caller.organisation(), caller.role().name(), record, decision, why);
	}

	void decided(String user, String organisation, String role, CreditRecord record, String decision, String why) {
		log.record(QueryLogEntry.decision(OffsetDateTime.now(clock), user, organisation, role, record.subject(),
				record.item(), decision, why));
	}
}
