package io.gongxin.query.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;

import io.gongxin.subject.SubjectKey;

/** An {@code authorizations} row read as an {@link Authorization}. */
final class AuthorizationRows {

	static final String COLUMNS = "id, subject_key, grantee, items, purpose, valid_until, created_at, revoked_at";

	private AuthorizationRows() {
	}

	static Authorization read(ResultSet rs, int row) throws SQLException {
		Array items = rs.getArray("items");
		return new Authorization(rs.getLong("id"), new SubjectKey(rs.getLong("subject_key")), rs.getString("grantee"),
				items == null ? null : Arrays.asList((String[]) items.getArray()), rs.getString("purpose"),
				rs.getObject("valid_until", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("revoked_at", OffsetDateTime.class));
	}
}
