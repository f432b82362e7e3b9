package io.gongxin.dispute.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.dispute.ObjectionMark;
import io.gongxin.dispute.Objections;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ObjectionsJdbc implements Objections {

	private static final String COLUMNS = """
			id, subject_key, record_id, provider, reason, statement, status, received_on, compare_by, correct_by, forwarded_on,
			verify_by, suspended_on, outcome, omission_item, omission_description, record_withdrawn, consent_method,
			consent_reference""";

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
		return jdbc.sql("select " + COLUMNS + " from objections where id = ?").param(id).query(ObjectionsJdbc::read).optional();
	}

	Optional<Objection> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from objections where id = ? for update").param(id)
			.query(ObjectionsJdbc::read)
			.optional();
	}

	boolean openOn(long recordId) {
		return jdbc.sql("select exists (select 1 from objections where record_id = ? and status in ('RECEIVED', 'FORWARDED'))")
			.param(recordId)
			.query(Boolean.class)
			.single();
	}

	/** A subject's objections, newest first, whatever their state. */
	List<Objection> ofSubject(SubjectKey subject) {
		return jdbc.sql("select " + COLUMNS + " from objections where subject_key = ? order by id desc")
			.param(subject.value())
			.query(ObjectionsJdbc::read)
			.list();
	}

	/** R-30a: objections the subject still disagrees with, awaiting the centre's review, the oldest first. */
	List<Objection> disagreed() {
		return jdbc.sql("select " + COLUMNS + " from objections where status = 'DISAGREED' and reviewed_on is null"
				+ " order by updated_at, id")
			.query(ObjectionsJdbc::read)
			.list();
	}

	/** The centre's review of a disagreed objection (R-30a): the day and its written conclusion. */
	record Review(LocalDate on, String conclusion) {
	}

	/** Records the review once: false when the objection is not disagreed or was reviewed already. */
	boolean review(Objection objection, LocalDate on, String conclusion) {
		return jdbc.sql("""
				update objections set reviewed_on = ?, review_conclusion = ?, updated_at = ?
				 where id = ? and status = 'DISAGREED' and reviewed_on is null""")
			.params(on, conclusion, OffsetDateTime.now(clock), objection.id())
			.update() == 1;
	}

	Optional<Review> reviewOf(long id) {
		return jdbc.sql("select reviewed_on, review_conclusion from objections where id = ? and reviewed_on is not null")
			.param(id)
			.query((rs, row) -> new Review(rs.getObject("reviewed_on", LocalDate.class), rs.getString("review_conclusion")))
			.optional();
	}

	/** Open objections, all of them or those forwarded to one provider, the nearest deadline first. */
	List<Objection> queue(String provider) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from objections where status in ('RECEIVED', 'FORWARDED')
				   and (cast(? as text) is null or (provider = ? and status = 'FORWARDED'))
				 order by coalesce(verify_by, compare_by), id""")
			.params(provider, provider)
			.query(ObjectionsJdbc::read)
			.list();
	}

	/** Records the day the provider's silence suspended the record; once per objection, on any node. */
	List<Objection> suspendOverdue(LocalDate today) {
		return jdbc.sql("update objections set suspended_on = ? where status = 'FORWARDED' and verify_by < ?"
				+ " and suspended_on is null returning " + COLUMNS)
			.params(today, today)
			.query(ObjectionsJdbc::read)
			.list();
	}

	@Override
	public Map<Long, String> withdrawals(SubjectKey subject) {
		Map<Long, String> withdrawn = new HashMap<>();
		jdbc.sql("select record_id, outcome from objections where subject_key = ? and record_withdrawn order by id")
			.param(subject.value())
			.query((rs, row) -> withdrawn.put(rs.getLong("record_id"), rs.getString("outcome")))
			.list();
		return withdrawn;
	}

	@Override
	public Map<Long, ObjectionMark> marks(SubjectKey subject, LocalDate today) {
		Map<Long, ObjectionMark> marks = new HashMap<>();
		jdbc.sql("select " + COLUMNS + " from objections where subject_key = ? and record_id is not null"
				+ " and status in ('RECEIVED', 'FORWARDED', 'DISAGREED') order by id")
			.param(subject.value())
			.query(ObjectionsJdbc::read)
			.list()
			.forEach(o -> marks.put(o.recordId(), new ObjectionMark(o.status().name(), o.receivedOn(), o.suspendedOn(today))));
		return marks;
	}

	private static Objection read(ResultSet rs, int row) throws SQLException {
		String omission = rs.getString("omission_item");
		String consent = rs.getString("consent_method");
		return new Objection(rs.getLong("id"), new SubjectKey(rs.getLong("subject_key")), rs.getObject("record_id", Long.class),
				rs.getString("provider"), rs.getString("reason"), rs.getString("statement"),
				Objection.Status.valueOf(rs.getString("status")), rs.getObject("received_on", LocalDate.class),
				rs.getObject("compare_by", LocalDate.class), rs.getObject("correct_by", LocalDate.class),
				rs.getObject("forwarded_on", LocalDate.class),
				rs.getObject("verify_by", LocalDate.class), rs.getObject("suspended_on", LocalDate.class),
				rs.getString("outcome"),
				omission == null ? null : new Objection.Omission(omission, rs.getString("omission_description")),
				rs.getBoolean("record_withdrawn"),
				consent == null ? null : new Objection.Consent(consent, rs.getString("consent_reference")));
	}
}
