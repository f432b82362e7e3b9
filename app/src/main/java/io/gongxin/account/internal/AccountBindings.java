package io.gongxin.account.internal;

import java.util.Locale;
import java.util.Map;

import io.gongxin.account.NewAccount;
import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** Whom a new account acts for: a SUBJECT account its subject (registered if new), any other a known organisation. */
@Component
class AccountBindings {

	private final Subjects subjects;

	private final OrganisationsJdbc organisations;

	AccountBindings(Subjects subjects, OrganisationsJdbc organisations) {
		this.subjects = subjects;
		this.organisations = organisations;
	}

	/** The subject or the organisation's code; the other is null. */
	record Binding(SubjectKey subject, String organisation) {
	}

	Binding of(NewAccount account) {
		if (account.role() == Role.SUBJECT) {
			if (account.subject() == null) {
				throw new DomainException(DomainException.Kind.INVALID, "SUBJECT_REQUIRED", Map.of("field", "subjectId"));
			}
			return new Binding(subjects.register(account.subject(), null).key(), null);
		}
		if (account.organisation() == null || account.organisation().isBlank()) {
			throw new DomainException(DomainException.Kind.INVALID, "ORGANISATION_REQUIRED", Map.of("field", "organisation"));
		}
		return new Binding(null, organisations.find(account.organisation().trim().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "UNKNOWN_ORGANISATION",
					Map.of("organisation", account.organisation(), "field", "organisation"), account.organisation()))
			.code());
	}
}
