package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.calendar.Deadline;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Repair applications as the parties follow them: {@link Step}s, working days left, provisional ones marked (R-WD). */
@Component
class RepairLists {

	private final JdbcClient jdbc;

	private final RepairDays days;

	private final RecordNames names;

	private final Clock clock;

	RepairLists(JdbcClient jdbc, RepairDays days, RecordNames names, Clock clock) {
		this.jdbc = jdbc;
		this.days = days;
		this.names = names;
		this.clock = clock;
	}

	List<RepairView> repairsOf(SubjectKey subject) {
		return repairs("subject_key = ?", subject.value());
	}

	/** The applications waiting for the provider, the oldest (nearest deadline) first. */
	List<RepairView> pendingRepairsFor(String provider) {
		return repairs("provider = ? and status = 'PENDING'", provider);
	}

	private List<RepairView> repairs(String where, Object value) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("select id, record_id, statement, status, reason, applied_on, decided_on from repairs where "
				+ where + " order by applied_on, id")
			.param(value)
			.query((rs, n) -> {
				RepairStatus status = RepairStatus.valueOf(rs.getString("status"));
				LocalDate applied = rs.getObject("applied_on", LocalDate.class);
				LocalDate decided = rs.getObject("decided_on", LocalDate.class);
				Deadline decideBy = days.decideBy(applied);
				return new RepairView(rs.getLong("id"), rs.getLong("record_id"), names.of(rs.getLong("record_id")),
						rs.getString("statement"), status, rs.getString("reason"), applied, decided, decideBy.date(),
						decideBy.provisional(), days.left(today, decideBy.date()),
						Step.ofRepair(status, applied, decided, decideBy.date()));
			})
			.list();
	}
}
