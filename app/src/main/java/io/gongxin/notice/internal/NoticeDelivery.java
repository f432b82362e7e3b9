package io.gongxin.notice.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.notice.NoticeChannel;
import io.gongxin.notice.NoticeSender;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the notice outbox (ADR 0017): the due rows are locked ({@code skip locked}, so two nodes never take the
 * same row), sent, and marked SENT in the same transaction; a failure is counted and tried again after a growing
 * pause; a person without an address for the channel is marked NO_CONTACT (the rows: {@link NoticeOutbox}). A
 * channel turned off is not sent on: what waits for it waits until it is turned on again. The person's request
 * never waits on any of it.
 */
@Component
class NoticeDelivery {

	private final NoticeOutbox outbox;

	private final ObjectProvider<NoticeSender> senders;

	private final NoticeSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	NoticeDelivery(JdbcClient jdbc, ObjectProvider<NoticeSender> senders, NoticeSettings settings, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.outbox = new NoticeOutbox(jdbc, settings);
		this.senders = senders;
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
		List<String> channels = java.util.Arrays.stream(NoticeChannel.values()).filter(settings::enabled).map(Enum::name).toList();
		if (channels.isEmpty()) {
			return 0;
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		NoticeSender sender = senders.getIfAvailable(() -> NoticeSending.LOGGING);
		int sent = 0;
		for (DueNotice notice : outbox.lockDue(channels, now)) {
			sent += deliver(notice, sender, now) ? 1 : 0;
		}
		return sent;
	}

	private boolean deliver(DueNotice notice, NoticeSender sender, OffsetDateTime now) {
		if (notice.address() == null || notice.address().isBlank()) {
			outbox.noContact(notice);
			return false;
		}
		try {
			sender.send(new NoticeSender.Outgoing(notice.noticeId(), notice.channel(), notice.address(), notice.kind(),
					notice.message()));
		}
		catch (RuntimeException ex) {
			outbox.failed(notice, ex, now);
			return false;
		}
		outbox.sent(notice, now);
		return true;
	}
}
