package io.gongxin.notice.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a person wants notices sent: a mainland mobile number and an e-mail address, each optional and bounded,
 * given by the person on its page ({@link Contacts}) and kept per subject (not per account: the notice is the
 * subject's).
 */
@Component
class NoticeContacts {

	private final JdbcClient jdbc;

	private final Clock clock;

	NoticeContacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Contacts> of(SubjectKey subject) {
		return jdbc.sql("select mobile, email from notice_contacts where subject_key = ?")
			.param(subject.value())
			.query((rs, n) -> new Contacts(rs.getString(1), rs.getString(2)))
			.optional();
	}

	void save(SubjectKey subject, Contacts contacts) {
		jdbc.sql("""
				insert into notice_contacts (subject_key, mobile, email, updated_at) values (?, ?, ?, ?)
				on conflict (subject_key) do update set mobile = excluded.mobile, email = excluded.email,
				                                        updated_at = excluded.updated_at""")
			.params(subject.value(), contacts.mobile(), contacts.email(), OffsetDateTime.now(clock))
			.update();
	}
}
