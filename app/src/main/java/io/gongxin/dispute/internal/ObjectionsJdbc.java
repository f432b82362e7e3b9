package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The objections as their steps change them; the lists are {@link ObjectionListsJdbc}'s. */
@Repository
class ObjectionsJdbc {

	private final JdbcClient jdbc;

	private final Clock clock;

	ObjectionsJdbc(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long insert(Objection objection, String by) {
		return jdbc.sql("""
				insert into objections (subject_key, record_id, provider, reason, statement, status, received_on, compare_by,
				                        correct_by, created_by, updated_at, omission_item, omission_description,
				                        consent_method, consent_reference)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(objection.subject().value(), objection.recordId(), objection.provider(), objection.reason(),
					objection.statement(), objection.status().name(), objection.receivedOn(), objection.compareBy(),
					objection.correctBy(), by,
					OffsetDateTime.now(clock),
					objection.omission() == null ? null : objection.omission().item(),
					objection.omission() == null ? null : objection.omission().description(),
					objection.consent() == null ? null : objection.consent().method(),
					objection.consent() == null ? null : objection.consent().reference())
			.query(Long.class)
			.single();
	}

	void update(Objection objection) {
		jdbc.sql("""
				update objections set status = ?, forwarded_on = ?, verify_by = ?, outcome = ?, updated_at = ?,
				       provider = ?, record_withdrawn = ?
				 where id = ?""")
			.params(objection.status().name(), objection.forwardedOn(), objection.verifyBy(), objection.outcome(),
					OffsetDateTime.now(clock), objection.provider(), objection.withdrawn(), objection.id())
			.update();
	}

	Optional<Objection> find(long id) {
		return jdbc.sql("select " + ObjectionRows.COLUMNS + " from objections where id = ?").param(id).query(ObjectionRows::read).optional();
	}

	Optional<Objection> lock(long id) {
		return jdbc.sql("select " + ObjectionRows.COLUMNS + " from objections where id = ? for update").param(id)
			.query(ObjectionRows::read)
			.optional();
	}
}
