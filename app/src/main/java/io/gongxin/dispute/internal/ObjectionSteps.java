package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The steps an objection went through after its receipt, with the day, who took it and why: the timeline its
 * parties read. Receipt and forwarding are on the objection itself.
 */
@Repository
class ObjectionSteps {

	/** What happened on which day; {@code note} is the decision's reason or the evidence's file name. */
	record Step(String step, LocalDate on, String note, String by) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ObjectionSteps(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void add(Objection objection, String step, String note, String by) {
		add(objection, step, LocalDate.now(clock), note, by);
	}

	/** A step taken on an earlier day (the demo city's objections). */
	void add(Objection objection, String step, LocalDate on, String note, String by) {
		jdbc.sql("""
				insert into objection_steps (subject_key, objection_id, step, on_date, note, by_user, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(objection.subject().value(), objection.id(), step, on, note, by,
					OffsetDateTime.now(clock))
			.update();
	}

	List<Step> of(Objection objection) {
		return jdbc.sql("""
				select step, on_date, note, by_user from objection_steps
				 where subject_key = ? and objection_id = ? order by seq""")
			.params(objection.subject().value(), objection.id())
			.query((rs, row) -> new Step(rs.getString("step"), rs.getObject("on_date", LocalDate.class),
					rs.getString("note"), rs.getString("by_user")))
			.list();
	}
}
