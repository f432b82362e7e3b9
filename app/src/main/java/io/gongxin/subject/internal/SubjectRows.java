package io.gongxin.subject.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;

/** A row of {@code subjects} as a {@link Subject}: an organisation's code whole, a person's number only masked. */
final class SubjectRows {

	static final String COLUMNS = "subject_key, type, name, uscc, legacy_code, id_masked";

	private SubjectRows() {
	}

	static Subject subject(ResultSet rs, int row) throws SQLException {
		SubjectType type = SubjectType.valueOf(rs.getString("type"));
		String display = type == SubjectType.LEGAL_PERSON ? rs.getString("uscc") : rs.getString("id_masked");
		// id_masked is the display mask itself (first four, last four): nothing more of the number is kept in clear
		return new Subject(new SubjectKey(rs.getLong("subject_key")), type, rs.getString("name"), display,
				rs.getBoolean("legacy_code"));
	}
}
