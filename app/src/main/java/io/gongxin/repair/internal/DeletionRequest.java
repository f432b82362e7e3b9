package io.gongxin.repair.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;

/**
 * A subject's request to delete one of its records (R-27b): pending until the centre carries it out on
 * {@code carryOutOn} (by {@code dueBy}); meanwhile its subject may withdraw it. Once carried out or withdrawn it
 * does not change again ({@code NOT_PENDING}).
 */
record DeletionRequest(long id, SubjectKey subject, long recordId, DeletionStatus status, LocalDate dueBy,
		LocalDate carryOutOn) {

	/** R-27b: withdrawn while pending, only by the subject that asked ({@code NOT_OWN_REQUEST}). */
	DeletionRequest withdraw(Optional<SubjectKey> by) {
		if (by.filter(subject::equals).isEmpty()) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_OWN_REQUEST", Map.of("id", id),
					String.valueOf(id));
		}
		return next(DeletionStatus.WITHDRAWN);
	}

	/** R-27b: the centre carries it out; the record leaves every query. */
	DeletionRequest carryOut() {
		return next(DeletionStatus.DONE);
	}

	private DeletionRequest next(DeletionStatus next) {
		if (status != DeletionStatus.PENDING) {
			throw new DomainException(DomainException.Kind.CONFLICT, "NOT_PENDING", Map.of("id", id, "status",
					status.name()), String.valueOf(id));
		}
		return new DeletionRequest(id, subject, recordId, next, dueBy, carryOutOn);
	}
}
