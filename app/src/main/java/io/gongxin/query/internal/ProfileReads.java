package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.query.CreditProfile;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A profile read on the query log: who read which items of whom, for which matter and purpose, under which
 * authorization, through which channel; written before anything is returned. A read within the caller's transaction
 * (a batch query's chunk, a report) or on a node without group commit writes its entry in that transaction. An
 * interactive read (no transaction of its caller's) reads in a transaction of its own, then hands its entry to the
 * query log's group writer and returns the profile only once the entry is committed.
 */
@Component
class ProfileReads {

	/** What a read found, before it is logged. */
	record Read(View view, List<CreditProfile.Shown> shown, CreditProfile.Party party) {
	}

	private final QueryLog log;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ProfileReads(QueryLog log, Clock clock, TransactionTemplate transactions) {
		this.log = log;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** Reads, logs the read, and answers the profile (its {@code queryId} is the entry's id). */
	CreditProfile logged(Caller caller, SubjectKey subject, String channel, Supplier<Read> reading) {
		if (TransactionSynchronizationManager.isActualTransactionActive() || !log.groupsCommits()) {
			return transactions.execute(status -> {
				Read read = reading.get();
				QueryLogEntry entry = entry(caller, subject, read, channel);
				log.record(entry);
				return new CreditProfile(entry.queryId(), read.party(), read.shown());
			});
		}
		Read read = transactions.execute(status -> reading.get());
		QueryLogEntry entry = entry(caller, subject, read, channel);
		log.recordCommitted(entry);
		return new CreditProfile(entry.queryId(), read.party(), read.shown());
	}

	private QueryLogEntry entry(Caller caller, SubjectKey subject, Read read, String channel) {
		View view = read.view();
		List<String> items = read.shown().stream().map(CreditProfile.Shown::item).distinct().toList();
		return new QueryLogEntry(UUID.randomUUID(), OffsetDateTime.now(clock), caller.username(), caller.organisation(),
				caller.role() == null ? "ANONYMOUS" : caller.role().name(), subject, items, view.matter(), view.purpose(),
				view.authorization() == null ? null : view.authorization().id(), channel);
	}
}
