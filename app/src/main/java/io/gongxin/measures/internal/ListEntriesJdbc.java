package io.gongxin.measures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.gongxin.measures.ListType;
import io.gongxin.subject.SubjectKey;

import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ListEntriesJdbc {

	private static final String COLUMNS = "id, subject_key, list_type, reason, basis, decided_on, valid_until, status, persons";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ListEntriesJdbc(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
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

	Optional<ListEntry> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from list_entries where id = ?").param(id).query(this::read).optional();
	}

	/** The published list: entries in force on the day. */
	List<ListEntry> inForce(ListType type, LocalDate day) {
		return inForce(type, day, Integer.MAX_VALUE, 0);
	}

	/** One page of the published list, newest decision first. */
	List<ListEntry> inForce(ListType type, LocalDate day, int limit, int offset) {
		return jdbc.sql("select " + COLUMNS + " from list_entries where list_type = ? and status = 'ACTIVE'"
				+ " and decided_on <= ? and valid_until >= ? order by decided_on desc, id desc limit ? offset ?")
			.params(type.name(), day, day, limit, offset)
			.query(this::read)
			.list();
	}

	List<ListEntry> of(SubjectKey subject) {
		return jdbc.sql("select " + COLUMNS + " from list_entries where subject_key = ? order by id")
			.param(subject.value())
			.query(this::read)
			.list();
	}

	/** One entry with its story: proposed by whom, entered when and by whom, removed when, by whom and why. */
	record Story(ListEntry entry, String proposedBy, Instant createdAt, String createdBy, Instant removedAt,
			String removedBy, String removalReason) {
	}

	/** Every entry of the list, in the order entered, with its whole story (R-22, R-24d). */
	List<Story> history(ListType type) {
		return jdbc.sql("select " + COLUMNS + """
				, proposed_by, created_at, created_by, removed_at, removed_by, removal_reason
				  from list_entries where list_type = ? order by id""")
			.param(type.name())
			.query((rs, row) -> new Story(read(rs, row), rs.getString("proposed_by"), instant(rs, "created_at"),
					rs.getString("created_by"), instant(rs, "removed_at"), rs.getString("removed_by"),
					rs.getString("removal_reason")))
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	boolean confirm(long id) {
		return jdbc.sql("update list_entries set status = 'ACTIVE' where id = ? and status = 'PROPOSED'").param(id).update() == 1;
	}

	boolean remove(long id, String reason, OffsetDateTime now, String by) {
		return jdbc.sql("""
				update list_entries set status = 'REMOVED', removed_at = ?, removed_by = ?, removal_reason = ?
				 where id = ? and status <> 'REMOVED'""").params(now, by, reason, id).update() == 1;
	}

	private ListEntry read(ResultSet rs, int row) throws SQLException {
		String persons = rs.getString("persons");
		return new ListEntry(rs.getLong("id"), new SubjectKey(rs.getLong("subject_key")),
				ListType.valueOf(rs.getString("list_type")), rs.getString("reason"), rs.getString("basis"),
				rs.getObject("decided_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				ListEntry.Status.valueOf(rs.getString("status")), persons == null ? null : json.readValue(persons, ListPersons.class));
	}
}
