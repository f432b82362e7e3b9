package io.gongxin.notice.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.gongxin.notice.NoticeChannel;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A new notice to a person queued in the outbox ({@code notice_outbox}, ADR 0017): a row per channel turned on. */
class NoticeQueue {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final NoticeSettings settings;

	NoticeQueue(JdbcClient jdbc, Clock clock, NoticeSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	void queue(long notice, SubjectKey subject) {
		for (NoticeChannel channel : NoticeChannel.values()) {
			if (settings.enabled(channel)) {
				jdbc.sql("""
						insert into notice_outbox (notice_id, subject_key, channel, status, next_attempt_at)
						values (?, ?, ?, 'PENDING', ?)""")
					.params(notice, subject.value(), channel.name(), OffsetDateTime.now(clock))
					.update();
			}
		}
	}
}
