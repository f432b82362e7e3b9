package io.gongxin.measures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.measures.ListType;

import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The centre's read of a list: every entry with its whole story (R-22, R-24d). */
@Repository
class ListHistoryJdbc {

	private final JdbcClient jdbc;

	private final ListEntryRows rows;

	ListHistoryJdbc(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.rows = new ListEntryRows(json);
	}

	/** One entry with its story: proposed by whom, entered when and by whom, removed when, by whom and why. */
	record Story(ListEntry entry, String proposedBy, Instant createdAt, String createdBy, Instant removedAt,
			String removedBy, String removalReason) {
	}

	/** Every entry of the list, in the order entered, with its whole story. */
	List<Story> history(ListType type) {
		return jdbc.sql("select " + ListEntryRows.COLUMNS + """
				, proposed_by, created_at, created_by, removed_at, removed_by, removal_reason
				  from list_entries where list_type = ? order by id""")
			.param(type.name())
			.query((rs, row) -> new Story(rows.mapRow(rs, row), rs.getString("proposed_by"), instant(rs, "created_at"),
					rs.getString("created_by"), instant(rs, "removed_at"), rs.getString("removed_by"),
					rs.getString("removal_reason")))
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}
