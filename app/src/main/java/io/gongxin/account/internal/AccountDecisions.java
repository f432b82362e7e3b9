package io.gongxin.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.gongxin.account.AccountDecision;
import io.gongxin.account.Caller;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes an {@link AccountDecision} in the deciding transaction, so that it goes on the query log. */
@Component
class AccountDecisions {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountDecisions(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	void decided(Caller by, String account, String decision, String why) {
		events.publishEvent(new AccountDecision(OffsetDateTime.now(clock), by, account, decision, why));
	}
}
