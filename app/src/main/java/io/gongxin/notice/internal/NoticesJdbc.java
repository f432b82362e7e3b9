package io.gongxin.notice.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The notices written at the steps of a person's rights; read back through {@link NoticeInboxJdbc}. */
@Repository
class NoticesJdbc {

	private final JdbcClient jdbc;

	private final NoticeQueue outbox;

	NoticesJdbc(JdbcClient jdbc, Clock clock, NoticeSettings settings) {
		this.jdbc = jdbc;
		this.outbox = new NoticeQueue(jdbc, clock, settings);
	}

	/**
	 * A step's notice to the subject, written once however often the step's listener runs (issue 15: the notice
	 * and its outbox rows, or nothing when it was written before). The notice and, for each channel turned on, its
	 * outbox row are written in one transaction (the caller's when it has one): the notice cannot be lost on its way
	 * out, and nothing is sent here (ADR 0017).
	 */
	@Transactional
	void toSubject(NoticeSource source, SubjectKey subject, String kind, String message, Instant at) {
		insert(source, subject.value(), null, kind, message, at.atOffset(ZoneOffset.UTC))
			.ifPresent(written -> outbox.queue(written, subject));
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
}
