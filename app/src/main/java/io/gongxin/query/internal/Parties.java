package io.gongxin.query.internal;

import io.gongxin.query.CreditProfile;
import io.gongxin.subject.PersonNames;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/**
 * How a profile names its subject to one caller: a person's id number whole only to those who may see it, and
 * to an anonymous caller a person's family name only, or nothing (issue 12).
 */
@Component
class Parties {

	private final Subjects subjects;

	Parties(Subjects subjects) {
		this.subjects = subjects;
	}

	CreditProfile.Party of(Subject subject, View view, boolean anonymous, boolean nothingShown) {
		String id = view.wholeIdentifier() ? subjects.identifierOf(subject.key()).value() : subject.displayIdentifier();
		return new CreditProfile.Party(subject.type(), id, nameFor(subject, anonymous, nothingShown));
	}

	/**
	 * Issue 12: a person's public records already name them, so the family name may go with them; a person with
	 * none is answered exactly as one the platform does not know.
	 */
	static String nameFor(Subject subject, boolean anonymous, boolean nothingShown) {
		if (!anonymous || subject.type() != SubjectType.NATURAL_PERSON) {
			return subject.name();
		}
		return nothingShown ? PersonNames.HIDDEN : PersonNames.familyNameOnly(subject.name());
	}

	/** A valid id number the platform does not know, named like a known person with nothing public. */
	static CreditProfile.Party unknownPerson(ResidentIdNumber id) {
		return new CreditProfile.Party(SubjectType.NATURAL_PERSON, id.masked(), PersonNames.HIDDEN);
	}
}
