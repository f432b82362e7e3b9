package io.gongxin.notice.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.notice.Notice;
import io.gongxin.notice.NoticeChannel;
import io.gongxin.notice.Notices;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class NoticesJdbc implements Notices {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final NoticeSettings settings;

	NoticesJdbc(JdbcClient jdbc, Clock clock, NoticeSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * The notice, and for each channel turned on its outbox row, in one transaction (the caller's when it has one):
	 * the notice cannot be lost on its way out, and nothing is sent here (ADR 0017).
	 */
	@Override
	@Transactional
	public void toSubject(SubjectKey subject, String kind, String message) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = jdbc.sql("insert into notices (subject_key, kind, message, created_at) values (?, ?, ?, ?) returning id")
			.params(subject.value(), kind, message, now)
			.query(Long.class)
			.single();
		for (NoticeChannel channel : NoticeChannel.values()) {
			if (settings.enabled(channel)) {
				jdbc.sql("""
						insert into notice_outbox (notice_id, subject_key, channel, status, next_attempt_at)
						values (?, ?, ?, 'PENDING', ?)""")
					.params(id, subject.value(), channel.name(), now)
					.update();
			}
		}
	}

	@Override
	public void toOrganisation(String organisation, String kind, String message) {
		jdbc.sql("insert into notices (organisation, kind, message, created_at) values (?, ?, ?, ?)")
			.params(organisation, kind, message, OffsetDateTime.now(clock))
			.update();
	}

	@Override
	public List<Notice> forSubject(SubjectKey subject) {
		return jdbc.sql("select id, kind, message, created_at from notices where subject_key = ? order by id desc limit 200")
			.param(subject.value())
			.query(NoticesJdbc::notice)
			.list();
	}

	@Override
	public List<Notice> forOrganisation(String organisation) {
		return jdbc.sql("select id, kind, message, created_at from notices where organisation = ? order by id desc limit 200")
			.param(organisation)
			.query(NoticesJdbc::notice)
			.list();
	}

	private static Notice notice(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new Notice(row.getLong("id"), row.getString("kind"), row.getString("message"),
				row.getObject("created_at", OffsetDateTime.class));
	}
}
