package io.gongxin.dispute.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;


/**
 * 异议: a subject's objection to one of its records, or about a record it lacks (遗漏, {@code omission}, then
 * {@code recordId} is null and {@code provider} may be chosen by the centre), with the deadlines of R-29. Its
 * status changes only through the domain verbs, each of which refuses a transition the rules do not allow.
 *
 * @param withdrawn the provider upheld it without a correction: the record leaves every view but the subject's
 * @param consent the person's consent when the centre filed it at the counter (窗口代为提出), else null
 */
record Objection(long id, SubjectKey subject, Long recordId, String provider, String reason, String statement,
		Status status, LocalDate receivedOn, LocalDate compareBy, LocalDate correctBy, LocalDate forwardedOn, LocalDate verifyBy,
		LocalDate suspendedOn, String outcome, Omission omission, boolean withdrawn, Consent consent) {

	/** 遗漏: the catalog item of the missing record and what the subject says is missing. */
	record Omission(String item, String description) {
	}

	/** How the person agreed to the centre filing for it, and the paper or register that proves it. */
	record Consent(String method, String reference) {
	}

	public boolean aboutOmission() {
		return omission != null;
	}

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
		return suspended(status, verifyBy, today);
	}

	/** {@link #suspendedOn} of an objection known only by its status and its provider's deadline. */
	static boolean suspended(Status status, LocalDate verifyBy, LocalDate today) {
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

	/** The centre names the provider that should hold an omitted record before forwarding it to them. */
	Objection routedTo(String organisation) {
		require(Status.RECEIVED);
		return new Objection(id, subject, recordId, organisation, reason, statement, status, receivedOn, compareBy,
				correctBy, forwardedOn, verifyBy, suspendedOn, outcome, omission, withdrawn, consent);
	}

	/** R-29b: upheld without a correction, the record leaves every view except the subject's own history. */
	Objection withdrawingRecord() {
		if (status != Status.UPHELD || recordId == null) {
			throw transition();
		}
		return new Objection(id, subject, recordId, provider, reason, statement, status, receivedOn, compareBy,
				correctBy, forwardedOn, verifyBy, suspendedOn, outcome, omission, true, consent);
	}

	private void require(Status expected) {
		if (status != expected) {
			throw transition();
		}
	}

	private DomainException transition() {
		return new DomainException(DomainException.Kind.CONFLICT, "INVALID_TRANSITION", Map.of("status", status.name()),
				status.name());
	}

	private Objection with(Status next, LocalDate forwarded, LocalDate verify, String result) {
		return new Objection(id, subject, recordId, provider, reason, statement, next, receivedOn, compareBy, correctBy,
				forwarded, verify, suspendedOn, result, omission, withdrawn, consent);
	}
}
