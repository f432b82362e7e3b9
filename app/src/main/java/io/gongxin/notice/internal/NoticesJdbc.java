package io.gongxin.notice.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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
	 * A step's notice to the subject, written once however often the step's listener runs (issue 15: the notice
	 * and its outbox rows, or nothing when it was written before). The notice and, for each channel turned on, its
	 * outbox row are written in one transaction (the caller's when it has one): the notice cannot be lost on its way
	 * out, and nothing is sent here (ADR 0017).
	 */
	@Transactional
	void toSubject(NoticeSource source, SubjectKey subject, String kind, String message, Instant at) {
		OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
		Optional<Long> written = insert(source, subject.value(), null, kind, message, when);
		for (NoticeChannel channel : NoticeChannel.values()) {
			if (written.isPresent() && settings.enabled(channel)) {
				jdbc.sql("""
						insert into notice_outbox (notice_id, subject_key, channel, status, next_attempt_at)
						values (?, ?, ?, 'PENDING', ?)""")
					.params(written.get(), subject.value(), channel.name(), OffsetDateTime.now(clock))
					.update();
			}
		}
	}

	/** A step's notice to an organisation, written once however often the step's listener runs. */
	void toOrganisation(NoticeSource source, String organisation, String kind, String message, Instant at) {
		insert(source, null, organisation, kind, message, at.atOffset(ZoneOffset.UTC));
	}

	private Optional<Long> insert(NoticeSource source, Long subject, String organisation, String kind, String message,
			OffsetDateTime at) {
		return jdbc.sql("""
				insert into notices (subject_key, organisation, kind, message, created_at, source, source_id, step)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (source, source_id, step, (subject_key is null)) where source is not null do nothing
				returning id""")
			.params(subject, organisation, kind, message, at, source == null ? null : source.source(),
					source == null ? null : source.id(), source == null ? null : source.step())
			.query(Long.class)
			.optional();
	}

	@Override
	public List<Notice> forSubject(SubjectKey subject) {
		return jdbc.sql("select id, kind, message, created_at from notices where subject_key = ? order by created_at desc, id desc limit 200")
			.param(subject.value())
			.query(NoticesJdbc::notice)
			.list();
	}

	@Override
	public List<Notice> forOrganisation(String organisation) {
		return jdbc.sql("select id, kind, message, created_at from notices where organisation = ? order by created_at desc, id desc limit 200")
			.param(organisation)
			.query(NoticesJdbc::notice)
			.list();
	}

	private static Notice notice(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new Notice(row.getLong("id"), row.getString("kind"), row.getString("message"),
				row.getObject("created_at", OffsetDateTime.class));
	}
}
