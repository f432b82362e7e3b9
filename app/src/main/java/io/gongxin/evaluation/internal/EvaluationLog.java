package io.gongxin.evaluation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/** A grade read is a query: on the query log with the items it was graded over, the matter and the purpose. */
@Component
class EvaluationLog {

	private final QueryLog log;

	private final Clock clock;

	EvaluationLog(QueryLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	void read(Caller caller, Subject subject, Evaluation evaluation, String matter, String purpose) {
		List<String> items = evaluation.contributions().stream().map(Evaluation.Contribution::item).distinct().toList();
		log.record(new QueryLogEntry(UUID.randomUUID(), OffsetDateTime.now(clock), caller.username(), caller.organisation(),
				caller.role().name(), subject.key(), items, matter, purpose, null, "EVALUATION"));
	}
}
