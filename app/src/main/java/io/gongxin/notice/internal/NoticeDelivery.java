package io.gongxin.notice.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.notice.NoticeSender;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the notice outbox (ADR 0017): the due rows are locked ({@code skip locked}, so two nodes never take the
 * same row), each tried ({@link NoticeAttempts}) and its outcome stored in the same transaction. A channel turned off
 * is not sent on: what waits for it waits until it is turned on again. The person's request never waits on any of it.
 */
@Component
class NoticeDelivery {

	private final NoticeOutbox outbox;

	private final NoticeAttempts attempts;

	private final NoticeSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	NoticeDelivery(JdbcClient jdbc, ObjectProvider<NoticeSender> senders, NoticeSettings settings, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.outbox = new NoticeOutbox(jdbc, settings);
		this.attempts = new NoticeAttempts(outbox, senders);
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Sends what is due (up to a batch); returns how many were sent. The rows stay locked until their new status
	 * commits: that, not the caller, is what keeps two nodes from sending one notice twice.
	 */
	int deliverDue() {
		return transactions.execute(status -> deliverDueLocked());
	}

	private int deliverDueLocked() {
		List<String> channels = settings.enabledChannels();
		if (channels.isEmpty()) {
			return 0;
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		return attempts.deliver(outbox.lockDue(channels, now), now);
	}
}
