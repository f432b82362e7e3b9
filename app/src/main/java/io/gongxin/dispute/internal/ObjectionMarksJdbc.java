package io.gongxin.dispute.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.gongxin.dispute.ObjectionMark;
import io.gongxin.dispute.Objections;
import io.gongxin.dispute.RecordObjections;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the objections do to a subject's records in the queries: the marks (R-30a) and the withdrawals (R-29b). */
@Repository
class ObjectionMarksJdbc implements Objections {

	private final JdbcClient jdbc;

	ObjectionMarksJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, String> withdrawals(SubjectKey subject) {
		Map<Long, String> withdrawn = new HashMap<>();
		jdbc.sql("select record_id, outcome from objections where subject_key = ? and record_withdrawn order by id")
			.param(subject.value())
			.query((rs, row) -> withdrawn.put(rs.getLong("record_id"), rs.getString("outcome")))
			.list();
		return withdrawn;
	}

	@Override
	public Map<Long, ObjectionMark> marks(SubjectKey subject, LocalDate today) {
		Map<Long, ObjectionMark> marks = new HashMap<>();
		jdbc.sql("select " + ObjectionRows.COLUMNS + " from objections where subject_key = ? and record_id is not null"
				+ " and status in ('RECEIVED', 'FORWARDED', 'DISAGREED') order by id")
			.param(subject.value())
			.query(ObjectionRows::read)
			.list()
			.forEach(o -> marks.put(o.recordId(), new ObjectionMark(o.status().name(), o.receivedOn(), o.suspendedOn(today))));
		return marks;
	}

	@Override
	public RecordObjections onRecords(SubjectKey subject, LocalDate today) {
		Map<Long, ObjectionMark> marks = new HashMap<>();
		Map<Long, String> withdrawn = new HashMap<>();
		jdbc.sql("select " + ObjectionRows.COLUMNS + " from objections where subject_key = ? and record_id is not null"
				+ " and (status in ('RECEIVED', 'FORWARDED', 'DISAGREED') or record_withdrawn) order by id")
			.param(subject.value())
			.query(ObjectionRows::read)
			.list()
			.forEach(o -> {
				if (o.withdrawn()) {
					withdrawn.put(o.recordId(), o.outcome());
				}
				if (Objection.MARKED.contains(o.status())) {
					marks.put(o.recordId(), new ObjectionMark(o.status().name(), o.receivedOn(), o.suspendedOn(today)));
				}
			});
		return new RecordObjections(marks, withdrawn);
	}
}
