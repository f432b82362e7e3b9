package io.gongxin.dispute.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.gongxin.platform.ProblemException;
import io.gongxin.subject.SubjectKey;

import org.springframework.http.HttpStatus;

/**
 * 异议: a subject's objection to one of its records, with the deadlines of R-29. Its status changes only
 * through the domain verbs, each of which refuses a transition the rules do not allow.
 */
record Objection(long id, SubjectKey subject, long recordId, String provider, String reason, String statement,
		Status status, LocalDate receivedOn, LocalDate compareBy, LocalDate correctBy, LocalDate forwardedOn, LocalDate verifyBy,
		LocalDate suspendedOn, String outcome) {

	enum Status {
		RECEIVED, CORRECTED, FORWARDED, UPHELD, REJECTED, DISAGREED
	}

	/** While open, and after the subject disagrees, queries show the record marked (R-30a). */
	static final Set<Status> MARKED = EnumSet.of(Status.RECEIVED, Status.FORWARDED, Status.DISAGREED);

	boolean marked() {
		return MARKED.contains(status);
	}

	/** The provider has not answered by its deadline: the record leaves every query until it does (R-30b). */
	boolean suspendedOn(LocalDate today) {
		return status == Status.FORWARDED && verifyBy != null && today.isAfter(verifyBy);
	}

	/** R-29a: the record differed from the provider's data; the centre corrected it. */
	Objection correctedByCentre(String why) {
		require(Status.RECEIVED);
		return with(Status.CORRECTED, forwardedOn, verifyBy, why);
	}

	/** R-29b: the record matches the provider's data; the provider must check it by {@code verifyBy}. */
	Objection forwardToProvider(LocalDate today, LocalDate verifyBy) {
		require(Status.RECEIVED);
		return with(Status.FORWARDED, today, verifyBy, null);
	}

	/** R-29b: the provider's answer, late or not. */
	Objection answeredByProvider(boolean upheld, String explanation) {
		require(Status.FORWARDED);
		return with(upheld ? Status.UPHELD : Status.REJECTED, forwardedOn, verifyBy, explanation);
	}

	/** R-30a: the subject still disagrees; the mark stays. */
	Objection markDisagreed() {
		if (status != Status.REJECTED && status != Status.UPHELD && status != Status.CORRECTED) {
			throw transition();
		}
		return with(Status.DISAGREED, forwardedOn, verifyBy, outcome);
	}

	private void require(Status expected) {
		if (status != expected) {
			throw transition();
		}
	}

	private ProblemException transition() {
		return new ProblemException(HttpStatus.CONFLICT, "INVALID_TRANSITION", Map.of("status", status.name()),
				status.name());
	}

	private Objection with(Status next, LocalDate forwarded, LocalDate verify, String result) {
		return new Objection(id, subject, recordId, provider, reason, statement, next, receivedOn, compareBy, correctBy,
				forwarded, verify, suspendedOn, result);
	}
}
