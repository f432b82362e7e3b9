package io.gongxin.measures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.measures.ListType;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ListEntriesJdbc {

	private static final String COLUMNS = "id, subject_key, list_type, reason, basis, decided_on, valid_until, status";

	private final JdbcClient jdbc;

	ListEntriesJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(SubjectKey subject, ListType type, String reason, String basis, LocalDate decidedOn, LocalDate validUntil,
			String status, String proposedBy, OffsetDateTime now, String by) {
		return jdbc.sql("""
				insert into list_entries (subject_key, list_type, reason, basis, decided_on, valid_until, status, proposed_by,
				                          created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(subject.value(), type.name(), reason, basis, decidedOn, validUntil, status, proposedBy, now, by)
			.query(Long.class)
			.single();
	}

	Optional<ListEntry> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from list_entries where id = ?").param(id).query(ListEntriesJdbc::read).optional();
	}

	/** The published list: entries in force on the day. */
	List<ListEntry> inForce(ListType type, LocalDate day) {
		return jdbc.sql("select " + COLUMNS + " from list_entries where list_type = ? and status = 'ACTIVE'"
				+ " and decided_on <= ? and valid_until >= ? order by decided_on desc, id desc")
			.params(type.name(), day, day)
			.query(ListEntriesJdbc::read)
			.list();
	}

	List<ListEntry> of(SubjectKey subject) {
		return jdbc.sql("select " + COLUMNS + " from list_entries where subject_key = ? order by id")
			.param(subject.value())
			.query(ListEntriesJdbc::read)
			.list();
	}

	/** Every entry of the list with its whole story: proposed, entered, removed, by whom and why. */
	List<Map<String, Object>> history(ListType type) {
		return jdbc.sql("""
				select id, status, reason, basis, decided_on as "decidedOn", valid_until as "validUntil", proposed_by as "proposedBy",
				       created_at as "createdAt", created_by as "createdBy", removed_at as "removedAt", removed_by as "removedBy",
				       removal_reason as "removalReason"
				  from list_entries where list_type = ? order by id""")
			.param(type.name())
			.query()
			.listOfRows();
	}

	boolean confirm(long id) {
		return jdbc.sql("update list_entries set status = 'ACTIVE' where id = ? and status = 'PROPOSED'").param(id).update() == 1;
	}

	boolean remove(long id, String reason, OffsetDateTime now, String by) {
		return jdbc.sql("""
				update list_entries set status = 'REMOVED', removed_at = ?, removed_by = ?, removal_reason = ?
				 where id = ? and status <> 'REMOVED'""").params(now, by, reason, id).update() == 1;
	}

	private static ListEntry read(ResultSet rs, int row) throws SQLException {
		return new ListEntry(rs.getLong("id"), new SubjectKey(rs.getLong("subject_key")),
				ListType.valueOf(rs.getString("list_type")), rs.getString("reason"), rs.getString("basis"),
				rs.getObject("decided_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				rs.getString("status"));
	}
}
