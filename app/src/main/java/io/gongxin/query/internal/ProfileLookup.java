package io.gongxin.query.internal;

import java.util.Optional;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;
import io.gongxin.query.CreditProfile;
import io.gongxin.query.CreditProfiles;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** The profile a code names, as the caller may see it (R-05, R-16b, R-18, R-20a). */
@Component
class ProfileLookup {

	private final Identifiers identifiers;

	private final Subjects subjects;

	private final CreditProfiles profiles;

	private final DeclaredMatters matters;

	ProfileLookup(Identifiers identifiers, Subjects subjects, CreditProfiles profiles, DeclaredMatters matters) {
		this.identifiers = identifiers;
		this.subjects = subjects;
		this.profiles = profiles;
		this.matters = matters;
	}

	CreditProfile profile(String id, SubjectType subjectType, String matter, String purpose, Caller caller) {
		// a code valid both as a USCC and as a resident id finds the subject known under either reading;
		// subjectType chooses when both are known
		IdentifierCheck check = identifiers.checkField(id, "id");
		Optional<Subject> subject = subjectType == null ? subjects.find(check)
				: subjects.find(identifiers.parseField(id, "id", subjectType));
		if (subject.isPresent()) {
			return profiles.profile(subject.get(), caller, matter, purpose, "API");
		}
		Optional<ResidentIdNumber> person = UnknownPersons.asPerson(check, subjectType);
		if (caller.isAnonymous() && person.isPresent()) {
			return profiles.unknownPerson(person.get(), matter, purpose);
		}
		if (caller.has(Role.GOV_QUERIER)) {
			// a matter beyond the body's grants is refused (and logged) before it learns whether the subject exists
			matters.check(caller, null, matter, purpose, true);
		}
		throw new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT");
	}
}
