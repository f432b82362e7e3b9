package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;

/** Objections as their parties read them: one, or a queue with the working days left on each (R-29, R-WD). */
@Component
class ObjectionViews {

	private final ObjectionsJdbc objections;

	private final Filings filings;

	private final WorkingDays workingDays;

	private final Clock clock;

	ObjectionViews(ObjectionsJdbc objections, Filings filings, WorkingDays workingDays, Clock clock) {
		this.objections = objections;
		this.filings = filings;
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
			return of(o).queued(deadline, workingDays.left(today, deadline), today.isAfter(deadline), o.suspendedOn(today));
		}).toList();
	}

	ObjectionView of(Objection objection) {
		boolean forwarded = objection.forwardedOn() != null;
		return new ObjectionView(objection.id(), objection.recordId(), objection.status(), objection.reason(),
				objection.receivedOn(), objection.compareBy(), objection.correctBy(), objection.forwardedOn(),
				forwarded ? objection.verifyBy() : null, objection.outcome(), missing(objection),
				objection.withdrawn() ? Boolean.TRUE : null,
				objection.consent() == null ? null
						: new ObjectionView.FiledWithConsent(objection.consent().method(), objection.consent().reference()),
				provisional(objection), null, null, null, null);
	}

	/** R-29b: the provider asked to check a missing record must know whose it is. */
	private ObjectionView.MissingRecord missing(Objection objection) {
		if (objection.omission() == null) {
			return null;
		}
		ObjectionView.Whose whose = filings.about(objection.subject())
			.map(s -> new ObjectionView.Whose(s.type(), s.displayIdentifier(), s.name()))
			.orElse(null);
		return new ObjectionView.MissingRecord(objection.omission().item(), objection.provider(),
				objection.omission().description(), whose);
	}

	/** R-WD: a deadline counted across a year whose holiday notice is not loaded is provisional until it is. */
	private boolean provisional(Objection objection) {
		LocalDate latest = objection.compareBy().isAfter(objection.correctBy()) ? objection.compareBy() : objection.correctBy();
		if (objection.verifyBy() != null && objection.verifyBy().isAfter(latest)) {
			latest = objection.verifyBy();
		}
		return workingDays.restsOnProvisional(objection.receivedOn(), latest);
	}

	/** The objection, to one of its parties only: to anyone else it does not exist. */
	Objection readable(long id, Caller caller) {
		return objections.find(id)
			.filter(o -> mayRead(o, caller))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_OBJECTION", Map.of("id", id),
					String.valueOf(id)));
	}

	static boolean mayRead(Objection objection, Caller caller) {
		return caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR)
				|| (caller.has(Role.PROVIDER) && Objects.equals(objection.provider(), caller.organisation()))
				|| (caller.has(Role.SUBJECT) && caller.actingSubject().filter(objection.subject()::equals).isPresent());
	}
}
