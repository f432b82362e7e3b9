package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.dispute.RightsDeadlines;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The repair applications and deletion requests as their parties follow them, with the days left; a deadline
 * counted on a provisional calendar says so (R-WD).
 */
@Component
class RightsLists {

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	private final Clock clock;

	RightsLists(JdbcClient jdbc, WorkingDays workingDays, RightsDeadlines deadlines, Clock clock) {
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	List<Map<String, Object>> repairsOf(SubjectKey subject) {
		return repairs("subject_key = ?", subject.value());
	}

	/** The applications waiting for the provider, the oldest (nearest deadline) first. */
	List<Map<String, Object>> pendingRepairsFor(String provider) {
		return repairs("provider = ? and status = 'PENDING'", provider);
	}

	private List<Map<String, Object>> repairs(String where, Object value) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("select id, record_id, statement, status, reason, applied_on, decided_on from repairs where "
				+ where + " order by applied_on, id")
			.param(value)
			.query((rs, n) -> {
				Map<String, Object> repair = new LinkedHashMap<>();
				repair.put("id", rs.getLong("id"));
				repair.put("recordId", rs.getLong("record_id"));
				repair.put("statement", rs.getString("statement"));
				repair.put("status", rs.getString("status"));
				repair.put("reason", rs.getString("reason"));
				LocalDate applied = rs.getObject("applied_on", LocalDate.class);
				repair.put("appliedOn", applied);
				repair.put("decidedOn", rs.getObject("decided_on", LocalDate.class));
				Deadline decideBy = workingDays.deadline(applied, deadlines.repairDays());
				repair.put("decideBy", decideBy.date());
				repair.put("decideByProvisional", decideBy.provisional());
				repair.put("workingDaysLeft", workingDays.left(today, decideBy.date()));
				return repair;
			})
			.list();
	}

	List<Map<String, Object>> deletionsOf(SubjectKey subject) {
		return jdbc.sql("select id, record_id, requested_on, due_by from deletion_requests where subject_key = ? order by id desc")
			.param(subject.value())
			.query((rs, n) -> {
				Map<String, Object> request = new LinkedHashMap<>();
				request.put("id", rs.getLong("id"));
				request.put("recordId", rs.getLong("record_id"));
				request.put("requestedOn", rs.getObject("requested_on", LocalDate.class));
				LocalDate requested = rs.getObject("requested_on", LocalDate.class);
				LocalDate dueBy = rs.getObject("due_by", LocalDate.class);
				request.put("dueBy", dueBy);
				request.put("dueByProvisional", workingDays.restsOnProvisional(requested, dueBy));
				return request;
			})
			.list();
	}
}
