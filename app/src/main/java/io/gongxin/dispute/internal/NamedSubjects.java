package io.gongxin.dispute.internal;

import java.util.Map;
import java.util.Optional;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** The subject an objection names by its code ({@code subjectId}): at the counter, or a subject naming itself. */
@Component
class NamedSubjects {

	private final Subjects subjects;

	private final Identifiers identifiers;

	NamedSubjects(Subjects subjects, Identifiers identifiers) {
		this.subjects = subjects;
		this.identifiers = identifiers;
	}

	/** The named subject; an id number never goes into the problem, only the field's name. */
	Optional<Subject> find(String subjectId) {
		IdentifierCheck check = identifiers.check(subjectId.strip());
		if (!check.valid()) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_IDENTIFIER", Map.of("field", "subjectId"), "subjectId");
		}
		return subjects.find(check.identifier());
	}
}
