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
 * pause; a person without an address for the channel is marked NO_CONTACT. A channel turned off is not sent on:
 * what waits for it waits until it is turned on again. The person's request never waits on any of it.
 */
@Component
class NoticeDelivery {

	private static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final ObjectProvider<NoticeSender> senders;

	private final NoticeSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	NoticeDelivery(JdbcClient jdbc, ObjectProvider<NoticeSender> senders, NoticeSettings settings, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.senders = senders;
		this.settings = settings;
		this.clock = clock;
	}

	record Due(long id, long noticeId, NoticeChannel channel, int attempts, String kind, String message, String mobile,
			String email) {

		String address() {
			return channel == NoticeChannel.SMS ? mobile : email;
		}
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
		List<Due> due = jdbc.sql("""
				select o.id, o.notice_id, o.channel, o.attempts, n.kind, n.message, c.mobile, c.email
				  from notice_outbox o join notices n on n.id = o.notice_id
				  left join notice_contacts c on c.subject_key = o.subject_key
				 where o.status = 'PENDING' and o.next_attempt_at <= :now and o.channel in (:channels)
				 order by o.next_attempt_at, o.id limit :batch for update of o skip locked""")
			.param("now", now)
			.param("channels", channels)
			.param("batch", BATCH)
			.query(Due.class)
			.list();
		NoticeSender sender = senders.getIfAvailable(() -> NoticeSending.LOGGING);
		int sent = 0;
		for (Due notice : due) {
			sent += deliver(notice, sender, now) ? 1 : 0;
		}
		return sent;
	}

	private boolean deliver(Due notice, NoticeSender sender, OffsetDateTime now) {
		if (notice.address() == null || notice.address().isBlank()) {
			jdbc.sql("update notice_outbox set status = 'NO_CONTACT' where id = ?").param(notice.id()).update();
			return false;
		}
		try {
			sender.send(new NoticeSender.Outgoing(notice.noticeId(), notice.channel(), notice.address(), notice.kind(),
					notice.message()));
		}
		catch (RuntimeException ex) {
			int attempts = notice.attempts() + 1;
			// the error's type only: a gateway's message may repeat the address
			jdbc.sql("""
					update notice_outbox set attempts = ?, status = ?, next_attempt_at = ?, last_error = left(?, 200)
					 where id = ?""")
				.params(attempts, attempts >= settings.maxAttempts() ? "FAILED" : "PENDING",
						now.plus(settings.pauseAfter(attempts)), ex.getClass().getSimpleName(), notice.id())
				.update();
			return false;
		}
		jdbc.sql("update notice_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ? where id = ?")
			.params(now, notice.id())
			.update();
		return true;
	}
}
