package io.gongxin.measures.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.gongxin.measures.ListEntryChanged;
import io.gongxin.measures.ListType;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;

/**
 * One subject on one list, with why, on what basis, from when and until when, and for an organisation the
 * persons the entry names (R-24d; {@code null} when none were given).
 */
record ListEntry(long id, SubjectKey subject, ListType type, String reason, String basis, LocalDate decidedOn,
		LocalDate validUntil, Status status, ListPersons persons) {

	/** PROPOSED by a provider until the centre confirms it; ACTIVE once the centre entered it; REMOVED by the centre. */
	enum Status {
		PROPOSED, ACTIVE, REMOVED
	}

	/** Whether the entry is published on the day: entered, and within its dates. */
	boolean inForceOn(LocalDate day) {
		return entered() && !decidedOn.isAfter(day) && !validUntil.isBefore(day);
	}

	/** Whether the centre entered it and has not removed it: a proposal or a removed entry counts for nothing. */
	boolean entered() {
		return status == Status.ACTIVE;
	}

	/** The centre's confirmation of a provider's proposal: only a proposal can be confirmed. */
	Status confirmed() {
		if (status != Status.PROPOSED) {
			throw new DomainException(DomainException.Kind.CONFLICT, "NOT_PROPOSED");
		}
		return Status.ACTIVE;
	}

	/** What the other modules hear when the entry's status changed. */
	ListEntryChanged changed(Status changed, Instant at) {
		return new ListEntryChanged(id, type.name(), subject, changed.name(), at);
	}
}
