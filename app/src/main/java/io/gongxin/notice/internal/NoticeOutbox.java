package io.gongxin.notice.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox rows ({@code notice_outbox}, ADR 0017): the due ones locked, and each one's outcome. */
class NoticeOutbox {

	private static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final NoticeSettings settings;

	NoticeOutbox(JdbcClient jdbc, NoticeSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** Up to a batch of due rows on the channels given, locked ({@code skip locked}: another node's are not taken). */
	List<DueNotice> lockDue(List<String> channels, OffsetDateTime now) {
		return jdbc.sql("""
				select o.id, o.notice_id, o.channel, o.attempts, n.kind, n.message, c.mobile, c.email
				  from notice_outbox o join notices n on n.id = o.notice_id
				  left join notice_contacts c on c.subject_key = o.subject_key
				 where o.status = 'PENDING' and o.next_attempt_at <= :now and o.channel in (:channels)
				 order by o.next_attempt_at, o.id limit :batch for update of o skip locked""")
			.param("now", now)
			.param("channels", channels)
			.param("batch", BATCH)
			.query(DueNotice.class)
			.list();
	}

	void noContact(DueNotice notice) {
		jdbc.sql("update notice_outbox set status = 'NO_CONTACT' where id = ?").param(notice.id()).update();
	}

	/** Counted and tried again after a growing pause, until the attempts run out. */
	void failed(DueNotice notice, RuntimeException ex, OffsetDateTime now) {
		int attempts = notice.attempts() + 1;
		// the error's type only: a gateway's message may repeat the address
		jdbc.sql("""
				update notice_outbox set attempts = ?, status = ?, next_attempt_at = ?, last_error = left(?, 200)
				 where id = ?""")
			.params(attempts, attempts >= settings.maxAttempts() ? "FAILED" : "PENDING",
					now.plus(settings.pauseAfter(attempts)), ex.getClass().getSimpleName(), notice.id())
			.update();
	}

	void sent(DueNotice notice, OffsetDateTime now) {
		jdbc.sql("update notice_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ? where id = ?")
			.params(now, notice.id())
			.update();
	}
}
