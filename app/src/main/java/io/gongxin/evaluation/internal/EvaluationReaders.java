package io.gongxin.evaluation.internal;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** Who may read whose grade (R-16b): the centre and a government querier any subject's, a subject its own. */
@Component
class EvaluationReaders {

	private final Identifiers identifiers;

	private final Subjects subjects;

	EvaluationReaders(Identifiers identifiers, Subjects subjects) {
		this.identifiers = identifiers;
		this.subjects = subjects;
	}

	Subject subjectFor(Caller caller, String id) {
		boolean centre = caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR);
		if (!centre && !caller.has(Role.SUBJECT) && !caller.has(Role.GOV_QUERIER)) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "FORBIDDEN");
		}
		Subject subject = subjects.find(identifiers.checkField(id, "id"))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT"));
		if (caller.has(Role.SUBJECT) && caller.actingSubject().filter(subject.key()::equals).isEmpty()) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "FORBIDDEN");
		}
		return subject;
	}
}
