package io.gongxin.notice.internal;

import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.notice.NoticeSender;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The due notices of one round of the delivery, each tried once: sent and marked SENT; a failure counted and tried
 * again after a growing pause; a person without an address for the channel marked NO_CONTACT (the rows:
 * {@link NoticeOutbox}).
 */
class NoticeAttempts {

	private final NoticeOutbox outbox;

	private final ObjectProvider<NoticeSender> senders;

	NoticeAttempts(NoticeOutbox outbox, ObjectProvider<NoticeSender> senders) {
		this.outbox = outbox;
		this.senders = senders;
	}

	/** Tries each of the due notices (locked by the caller); returns how many were sent. */
	int deliver(List<DueNotice> due, OffsetDateTime now) {
		NoticeSender sender = senders.getIfAvailable(() -> NoticeSending.LOGGING);
		int sent = 0;
		for (DueNotice notice : due) {
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
