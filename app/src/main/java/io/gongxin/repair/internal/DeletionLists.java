package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A subject's deletion requests with their {@link Step}s and working days left (a provisional count says so, R-WD). */
@Component
class DeletionLists {

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private final RecordNames names;

	private final Clock clock;

	DeletionLists(JdbcClient jdbc, WorkingDays workingDays, RecordNames names, Clock clock) {
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.names = names;
		this.clock = clock;
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
				return new DeletionView(rs.getLong("id"), rs.getLong("record_id"), names.of(rs.getLong("record_id")),
						status, requested, dueBy, workingDays.restsOnProvisional(requested, dueBy), carryOutOn,
						status == DeletionStatus.PENDING ? workingDays.left(today, dueBy) : null,
						Step.ofDeletion(status, requested, carryOutOn, dueBy,
								day(rs.getObject("withdrawn_at", OffsetDateTime.class)),
								day(rs.getObject("done_at", OffsetDateTime.class))));
			})
			.list();
	}

	/** The day in the platform's zone; a request carried out before issue 14 kept no time, so its request day. */
	private LocalDate day(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(clock.getZone()).toLocalDate();
	}
}
