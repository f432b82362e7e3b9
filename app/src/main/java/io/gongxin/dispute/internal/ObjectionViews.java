package io.gongxin.dispute.internal;

import java.time.LocalDate;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/**
 * An objection as its parties read it (R-29, R-WD); who may read it is {@link ObjectionParties}'s, a queue of
 * them {@link OpenObjections}'.
 */
@Component
class ObjectionViews {

	private final Subjects subjects;

	private final WorkingDays workingDays;

	ObjectionViews(Subjects subjects, WorkingDays workingDays) {
		this.subjects = subjects;
		this.workingDays = workingDays;
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
		ObjectionView.Whose whose = subjects.find(objection.subject())
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
}
