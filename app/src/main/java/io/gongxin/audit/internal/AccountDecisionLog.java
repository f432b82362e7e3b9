package io.gongxin.audit.internal;

import io.gongxin.account.AccountDecision;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts decisions about accounts on the query log in the deciding transaction (a synchronous listener): when the
 * entry cannot be written the decision rolls back, as a read without its entry does.
 */
@Component
class AccountDecisionLog {

	private final QueryLog log;

	AccountDecisionLog(QueryLog log) {
		this.log = log;
	}

	@EventListener
	void on(AccountDecision decision) {
		var by = decision.by();
		log.record(QueryLogEntry.accountDecision(decision.at(), by.username(), by.organisation(),
				by.role() == null ? null : by.role().name(), decision.account(), decision.decision(), decision.why()));
	}
}
