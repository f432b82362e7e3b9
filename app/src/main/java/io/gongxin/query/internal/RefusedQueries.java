package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.catalog.Matter;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A query refused for its matter goes on the log in a transaction of its own, so it stays there although
 * the request fails: auditors (and the subject) see who tried to read beyond its grants.
 */
@Component
class RefusedQueries {

	private final QueryLog log;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	RefusedQueries(QueryLog log, PlatformTransactionManager transactions, Clock clock) {
		this.log = log;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	void refused(Caller caller, SubjectKey subject, Matter matter, String purpose) {
		QueryLogEntry entry = new QueryLogEntry(UUID.randomUUID(), OffsetDateTime.now(clock), caller.username(),
				caller.organisation(), caller.role() == null ? "ANONYMOUS" : caller.role().name(), subject, List.of(),
				matter.code(), purpose, null, "REFUSED");
		ownTransaction.executeWithoutResult(status -> log.record(entry));
	}
}
