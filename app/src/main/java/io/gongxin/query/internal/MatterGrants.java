package io.gongxin.query.internal;

import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Matter;
import io.gongxin.platform.DomainException;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/** Checks a declared matter ({@link Declarations}) against the published catalog's grants. */
@Component
class MatterGrants implements DeclaredMatters {

	private final Declarations declarations;

	private final RefusedQueries refusals;

	MatterGrants(Declarations declarations, RefusedQueries refusals) {
		this.declarations = declarations;
		this.refusals = refusals;
	}

	@Override
	public Matter check(Caller caller, SubjectKey subject, String matter, String purpose, boolean purposeRequired) {
		purpose(purpose);
		if (Declarations.blank(matter) || (purposeRequired && Declarations.blank(purpose))) {
			throw new DomainException(DomainException.Kind.INVALID, "MATTER_REQUIRED");
		}
		Matter declared = declarations.matter(matter);
		if (!declared.isGranted(caller.organisation())) {
			// the attempt on the log, so auditors (and the subject) see who tried to read beyond its grants
			refusals.refused(caller, subject, declared, purpose(purpose));
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "MATTER_NOT_GRANTED",
					Map.of("matter", declared.code(), "organisation", String.valueOf(caller.organisation())),
					declared.code());
		}
		return declared;
	}

	@Override
	public String known(String matter) {
		return Declarations.blank(matter) ? null : declarations.matter(matter).code();
	}

	@Override
	public String purpose(String purpose) {
		return declarations.purpose(purpose);
	}
}
