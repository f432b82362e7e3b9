package io.gongxin.notice.internal;

import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.notice.Notice;
import io.gongxin.notice.Notices;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox as read by the subject and the organisations; the notices are written by {@link NoticesJdbc}. */
@Repository
class NoticeInboxJdbc implements Notices {

	private final JdbcClient jdbc;

	NoticeInboxJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Notice> forSubject(SubjectKey subject) {
		return jdbc.sql("select id, kind, message, created_at from notices where subject_key = ? order by created_at desc, id desc limit 200")
			.param(subject.value())
			.query(NoticeInboxJdbc::notice)
			.list();
	}

	@Override
	public List<Notice> forOrganisation(String organisation) {
		return jdbc.sql("select id, kind, message, created_at from notices where organisation = ? order by created_at desc, id desc limit 200")
			.param(organisation)
			.query(NoticeInboxJdbc::notice)
			.list();
	}

	private static Notice notice(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new Notice(row.getLong("id"), row.getString("kind"), row.getString("message"),
				row.getObject("created_at", OffsetDateTime.class));
	}
}
