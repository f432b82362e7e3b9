package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.measures.ListType;
import io.gongxin.subject.SubjectKey;

import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lists' entries read: a page of a published list, and a subject's entries. */
@Repository
class ListEntryReads {

	private static final String SELECT = "select " + ListEntryRows.COLUMNS + " from list_entries";

	private final JdbcClient jdbc;

	private final ListEntryRows rows;

	ListEntryReads(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.rows = new ListEntryRows(json);
	}

	/** One page of the published list: entries in force on the day, newest decision first. */
	List<ListEntry> inForce(ListType type, LocalDate day, int limit, int offset) {
		return jdbc.sql(SELECT + " where list_type = ? and status = 'ACTIVE'"
				+ " and decided_on <= ? and valid_until >= ? order by decided_on desc, id desc limit ? offset ?")
			.params(type.name(), day, day, limit, offset)
			.query(rows)
			.list();
	}

	List<ListEntry> of(SubjectKey subject) {
		return jdbc.sql(SELECT + " where subject_key = ? order by id")
			.param(subject.value())
			.query(rows)
			.list();
	}
}
