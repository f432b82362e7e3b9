package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.calendar.RightsDeadlines;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The repair applications and deletion requests as their parties follow them: the record's name, a timeline of
 * the steps taken and to come, and the working days left; a deadline counted on a provisional calendar says so
 * (R-WD).
 */
@Component
class RightsLists {

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	private final RecordNames names;

	private final Clock clock;

	RightsLists(JdbcClient jdbc, WorkingDays workingDays, RightsDeadlines deadlines, RecordNames names, Clock clock) {
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.deadlines = deadlines;
		this.names = names;
		this.clock = clock;
	}

	/** One step of a request: done on that day, or to come by that day. */
	record Step(String kind, LocalDate on, boolean done) {
	}

	/**
	 * A repair application as its parties follow it (GET /api/v1/repairs and the pages); {@code reason} and
	 * {@code decidedOn} are null until it is decided.
	 */
	record RepairView(long id, long recordId, String recordName, String statement, RepairStatus status, String reason,
			LocalDate appliedOn, LocalDate decidedOn, LocalDate decideBy, boolean decideByProvisional,
			long workingDaysLeft, List<Step> timeline) {
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
				Deadline decideBy = workingDays.deadline(applied, deadlines.repairDays());
				List<Step> timeline = status == RepairStatus.PENDING
						? List.of(new Step("REPAIR_APPLIED", applied, true), new Step("REPAIR_DECIDE_BY", decideBy.date(), false))
						: List.of(new Step("REPAIR_APPLIED", applied, true), new Step("REPAIR_" + status, decided, true));
				return new RepairView(rs.getLong("id"), rs.getLong("record_id"), names.of(rs.getLong("record_id")),
						rs.getString("statement"), status, rs.getString("reason"), applied, decided, decideBy.date(),
						decideBy.provisional(), workingDays.left(today, decideBy.date()), timeline);
			})
			.list();
	}

	/** A deletion request as the subject follows it (GET /api/v1/deletion-requests and the person's page). */
	record DeletionView(long id, long recordId, String recordName, DeletionStatus status, LocalDate requestedOn,
			LocalDate dueBy, boolean dueByProvisional, LocalDate carryOutOn, Long workingDaysLeft, List<Step> timeline) {
	}

	List<DeletionView> deletionsOf(SubjectKey subject) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select id, record_id, status, requested_on, due_by, carry_out_on, done_at, withdrawn_at
				  from deletion_requests where subject_key = ? order by id desc limit 200""")
			.param(subject.value())
			.query((rs, n) -> {
				LocalDate requested = rs.getObject("requested_on", LocalDate.class);
				LocalDate dueBy = rs.getObject("due_by", LocalDate.class);
				LocalDate carryOutOn = rs.getObject("carry_out_on", LocalDate.class);
				DeletionStatus status = DeletionStatus.valueOf(rs.getString("status"));
				List<Step> timeline = new ArrayList<>();
				timeline.add(new Step("DELETION_REQUESTED", requested, true));
				switch (status) {
					case PENDING -> {
						timeline.add(new Step("DELETION_WITHDRAWABLE_UNTIL", carryOutOn, false));
						timeline.add(new Step("DELETION_DUE_BY", dueBy, false));
					}
					case WITHDRAWN -> timeline.add(new Step("DELETION_WITHDRAWN", day(rs.getObject("withdrawn_at",
							OffsetDateTime.class)), true));
					default -> {
						LocalDate done = day(rs.getObject("done_at", OffsetDateTime.class));
						timeline.add(new Step("DELETION_DONE", done == null ? requested : done, true));
					}
				}
				return new DeletionView(rs.getLong("id"), rs.getLong("record_id"), names.of(rs.getLong("record_id")),
						status, requested, dueBy, workingDays.restsOnProvisional(requested, dueBy), carryOutOn,
						status == DeletionStatus.PENDING ? workingDays.left(today, dueBy) : null, List.copyOf(timeline));
			})
			.list();
	}

	/** The day in the platform's zone; a request carried out before issue 14 kept no time, so its request day. */
	private LocalDate day(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(clock.getZone()).toLocalDate();
	}
}
