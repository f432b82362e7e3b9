package io.gongxin.dispute.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import io.gongxin.subject.SubjectKey;

/** An objection's row in {@code objections}: the columns every read selects, and the objection they make. */
final class ObjectionRows {

	static final String COLUMNS = """
			id, subject_key, record_id, provider, reason, statement, status, received_on, compare_by, correct_by, forwarded_on,
			verify_by, suspended_on, outcome, omission_item, omission_description, record_withdrawn, consent_method,
			consent_reference""";

	private ObjectionRows() {
	}

	static Objection read(ResultSet rs, int row) throws SQLException {
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
