package io.gongxin.notice.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a person wants notices sent: a mainland mobile number and an e-mail address, each optional and bounded,
 * given by the person on its page and kept per subject (not per account: the notice is the subject's).
 */
@Component
class NoticeContacts {

	private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

	private final JdbcClient jdbc;

	private final Clock clock;

	NoticeContacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A person's contacts; blank means none. */
	record Contacts(String mobile, String email) {

		Contacts {
			mobile = blankToNull(mobile);
			email = blankToNull(email);
			if (mobile != null && !MOBILE.matcher(mobile).matches()) {
				throw new DomainException(DomainException.Kind.INVALID, "INVALID_MOBILE");
			}
			if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
				throw new DomainException(DomainException.Kind.INVALID, "INVALID_EMAIL");
			}
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}
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
