package io.gongxin.query.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;
import io.gongxin.query.CreditProfile;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectType;

import org.springframework.stereotype.Component;

/**
 * The profile a code names, as the caller may see it (R-05, R-16b, R-18, R-20a): the subject, its records and their
 * objections read in one statement ({@link ProfileRows}), then logged ({@link ProfileReads}): not in a transaction
 * held across the log's commit, so that an interactive read's entry can join the log's group commit.
 */
@Component
class ProfileLookup {

	private final Identifiers identifiers;

	private final ProfileRows rows;

	private final Profiles profiles;

	private final DeclaredMatters matters;

	private final Clock clock;

	ProfileLookup(Identifiers identifiers, ProfileRows rows, Profiles profiles, DeclaredMatters matters, Clock clock) {
		this.identifiers = identifiers;
		this.rows = rows;
		this.profiles = profiles;
		this.matters = matters;
		this.clock = clock;
	}

	public CreditProfile profile(String id, SubjectType subjectType, String matter, String purpose, Caller caller) {
		// a code valid both as a USCC and as a resident id finds the subject known under either reading;
		// subjectType chooses when both are known
		IdentifierCheck check = identifiers.checkField(id, "id");
		List<SubjectIdentifier> readings = subjectType == null ? check.readings()
				: List.of(identifiers.parseField(id, "id", subjectType));
		Optional<SubjectOnFile> subject = rows.read(readings, Audiences.grantee(caller), LocalDate.now(clock));
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
