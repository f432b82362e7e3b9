package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.gongxin.measures.ListType;
import io.gongxin.subject.SubjectKey;

import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lists' entries as they are entered, confirmed and removed (their reads: {@link ListEntryReads}). */
@Repository
class ListEntriesJdbc {

	private static final String SELECT = "select " + ListEntryRows.COLUMNS + " from list_entries";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final ListEntryRows rows;

	ListEntriesJdbc(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.rows = new ListEntryRows(json);
	}

	long add(SubjectKey subject, ListType type, String reason, String basis, LocalDate decidedOn, LocalDate validUntil,
			ListPersons persons, ListEntry.Status status, String proposedBy, OffsetDateTime now, String by) {
		return jdbc.sql("""
				insert into list_entries (subject_key, list_type, reason, basis, decided_on, valid_until, persons, status,
				                          proposed_by, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
			.params(subject.value(), type.name(), reason, basis, decidedOn, validUntil,
					persons == null || persons.isEmpty() ? null : json.writeValueAsString(persons), status.name(), proposedBy, now, by)
			.query(Long.class)
			.single();
	}

	ListEntry find(ListType type, long id) {
		return jdbc.sql(SELECT + " where id = ? and list_type = ?").params(id, type.name()).query(rows).optional()
			.orElseThrow(() -> new UnknownListEntry(id));
	}

	boolean confirm(long id) {
		return jdbc.sql("update list_entries set status = 'ACTIVE' where id = ? and status = 'PROPOSED'").param(id).update() == 1;
	}

	boolean remove(long id, String reason, OffsetDateTime now, String by) {
		return jdbc.sql("""
				update list_entries set status = 'REMOVED', removed_at = ?, removed_by = ?, removal_reason = ?
				 where id = ? and status <> 'REMOVED'""").params(now, by, reason, id).update() == 1;
	}
}
