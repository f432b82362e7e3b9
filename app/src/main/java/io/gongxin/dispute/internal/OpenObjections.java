package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.calendar.WorkingDays;

import org.springframework.stereotype.Component;

/** The caller's queue of objections with the working days left on each (R-29, R-WD). */
@Component
class OpenObjections {

	private final ObjectionListsJdbc objections;

	private final ObjectionViews views;

	private final WorkingDays workingDays;

	private final Clock clock;

	OpenObjections(ObjectionListsJdbc objections, ObjectionViews views, WorkingDays workingDays, Clock clock) {
		this.objections = objections;
		this.views = views;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** The open objections of the caller's queue, nearest deadline first; a subject's: all of its own. */
	List<ObjectionView> queue(Caller caller) {
		LocalDate today = LocalDate.now(clock);
		List<Objection> found = caller.has(Role.SUBJECT) ? objections.ofSubject(caller.actingSubject().orElseThrow())
				: objections.queue(caller.has(Role.PROVIDER) ? caller.organisation() : null);
		return found.stream().map(o -> {
			LocalDate deadline = o.verifyBy() != null ? o.verifyBy() : o.compareBy();
			return views.of(o).queued(deadline, workingDays.left(today, deadline), today.isAfter(deadline),
					o.suspendedOn(today));
		}).toList();
	}
}
