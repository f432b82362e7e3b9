package io.gongxin.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import io.gongxin.audit.QueryLogEntry;

/**
 * One group of entries as ONE multi-row insert and ONE commit on the group writer's connection: the same columns and
 * values as {@link QueryLogWrites} (ids from {@code query_log_id_seq} in the group's order, {@code logged_at} the
 * database's clock at the insert, so the sealing horizon holds for a group as for a single entry).
 */
final class GroupInsert {

	private static final String INTO = """
			insert into query_log (id, at, query_id, username, organisation, role, subject_key, items, matter, purpose,
			                       authorization_id, channel)
			values\s""";

	private static final String ROW = "(nextval('query_log_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int COLUMNS = 11;

	private GroupInsert() {
	}

	/** Inserts the entries and commits; any failure leaves nothing of the group written (the caller rolls back). */
	static void write(Connection connection, List<QueryLogEntry> entries) throws SQLException {
		StringBuilder sql = new StringBuilder(INTO.length() + entries.size() * (ROW.length() + 2)).append(INTO);
		for (int i = 0; i < entries.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append(ROW);
		}
		try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
			for (int i = 0; i < entries.size(); i++) {
				bind(statement, i * COLUMNS, entries.get(i));
			}
			statement.executeUpdate();
		}
		connection.commit();
	}

	private static void bind(PreparedStatement statement, int offset, QueryLogEntry entry) throws SQLException {
		statement.setObject(offset + 1, entry.at());
		statement.setObject(offset + 2, entry.queryId());
		statement.setString(offset + 3, entry.username());
		statement.setString(offset + 4, entry.organisation());
		statement.setString(offset + 5, entry.role());
		statement.setObject(offset + 6, entry.subject() == null ? null : entry.subject().value(), Types.BIGINT);
		statement.setArray(offset + 7, statement.getConnection().createArrayOf("text", entry.items().toArray()));
		statement.setString(offset + 8, entry.matter());
		statement.setString(offset + 9, entry.purpose());
		statement.setObject(offset + 10, entry.authorizationId(), Types.BIGINT);
		statement.setString(offset + 11, entry.channel());
	}
}
