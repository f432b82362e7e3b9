package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.query.CreditProfile;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/**
 * A profile read on the query log: who read which items of whom, for which matter and purpose, under which
 * authorization, through which channel. Written in the reader's transaction, before anything is returned.
 */
@Component
class ProfileReads {

	private final QueryLog log;

	private final Clock clock;

	ProfileReads(QueryLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	/** Logs the read and answers the entry's id, the profile's {@code queryId}. */
	UUID logged(Caller caller, SubjectKey subject, View view, List<CreditProfile.Shown> shown, String channel) {
		UUID queryId = UUID.randomUUID();
		List<String> items = shown.stream().map(CreditProfile.Shown::item).distinct().toList();
		log.record(new QueryLogEntry(queryId, OffsetDateTime.now(clock), caller.username(), caller.organisation(),
				caller.role() == null ? "ANONYMOUS" : caller.role().name(), subject, items, view.matter(), view.purpose(),
				view.authorization() == null ? null : view.authorization().id(), channel));
		return queryId;
	}
}
