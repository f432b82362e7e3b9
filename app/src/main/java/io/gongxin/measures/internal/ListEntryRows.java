package io.gongxin.measures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import io.gongxin.measures.ListType;
import io.gongxin.subject.SubjectKey;

import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.RowMapper;

/** A row of {@code list_entries} read as a {@link ListEntry}, the persons from their JSON. */
final class ListEntryRows implements RowMapper<ListEntry> {

	static final String COLUMNS = "id, subject_key, list_type, reason, basis, decided_on, valid_until, status, persons";

	private final ObjectMapper json;

	ListEntryRows(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public ListEntry mapRow(ResultSet rs, int row) throws SQLException {
		String persons = rs.getString("persons");
		return new ListEntry(rs.getLong("id"), new SubjectKey(rs.getLong("subject_key")),
				ListType.valueOf(rs.getString("list_type")), rs.getString("reason"), rs.getString("basis"),
				rs.getObject("decided_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				ListEntry.Status.valueOf(rs.getString("status")), persons == null ? null : json.readValue(persons, ListPersons.class));
	}
}
