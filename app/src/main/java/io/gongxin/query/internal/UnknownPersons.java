package io.gongxin.query.internal;

import java.util.Optional;

import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.SubjectType;

/**
 * Which codes an anonymous lookup answers alike whether the platform knows them or not (issue 12): a valid
 * resident id number (read as one, or declared a person's). An organisation's code is public, and so is
 * whether the platform knows it.
 */
final class UnknownPersons {

	private UnknownPersons() {
	}

	static Optional<ResidentIdNumber> asPerson(IdentifierCheck check, SubjectType declared) {
		if (declared == SubjectType.LEGAL_PERSON) {
			return Optional.empty();
		}
		return check.as(SubjectType.NATURAL_PERSON).map(ResidentIdNumber.class::cast);
	}
}
