package io.gongxin.report.internal;

import java.util.Optional;

import io.gongxin.platform.DomainException;
import io.gongxin.report.ReportRequest;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** Whose report is asked for: the subject the typed identifier names, if this caller may have its report. */
@Component
class ReportSubjects {

	private final Identifiers identifiers;

	private final Subjects subjects;

	ReportSubjects(Identifiers identifiers, Subjects subjects) {
		this.identifiers = identifiers;
		this.subjects = subjects;
	}

	/**
	 * @throws DomainException {@code INVALID_IDENTIFIER}, {@code REPORT_NEEDS_SIGN_IN} (a person's report for an
	 * anonymous caller, known or not), {@code UNKNOWN_SUBJECT}
	 */
	Subject of(ReportRequest request) {
		IdentifierCheck check = identifiers.checkField(request.subjectId(), "id");
		Optional<Subject> found = subjects.find(check);
		// issue 12: an anonymous report would tell whether the platform knows a person, and name them; a person's
		// report needs a signed-in caller, and the refusal is the same for a known and an unknown number
		boolean person = found.map(s -> s.type() == SubjectType.NATURAL_PERSON)
			.orElse(check.as(SubjectType.NATURAL_PERSON).isPresent());
		if (request.caller().isAnonymous() && person) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "REPORT_NEEDS_SIGN_IN");
		}
		return found.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT"));
	}
}
