package io.gongxin.audit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import io.gongxin.audit.QueryLogEntry;
import io.gongxin.subject.SubjectKey;

/** A {@code query_log} row read back as the entry it was written from (for readers, the sealer and verification). */
final class QueryLogRows {

	static final String COLUMNS = "id, at, query_id, username, organisation, role, subject_key, items, matter, purpose, authorization_id, channel";

	private QueryLogRows() {
	}

	static QueryLogEntry entry(ResultSet rs) throws SQLException {
		Array items = rs.getArray("items");
		long authorization = rs.getLong("authorization_id");
		Long authorizationId = rs.wasNull() ? null : authorization;
		return new QueryLogEntry(rs.getObject("query_id", UUID.class), rs.getObject("at", OffsetDateTime.class),
				rs.getString("username"), rs.getString("organisation"), rs.getString("role"),
				subjectOf(rs), Arrays.asList((String[]) items.getArray()),
				rs.getString("matter"), rs.getString("purpose"), authorizationId, rs.getString("channel"));
	}

	private static SubjectKey subjectOf(ResultSet rs) throws SQLException {
		long subject = rs.getLong("subject_key");
		return rs.wasNull() ? null : new SubjectKey(subject);
	}
}
