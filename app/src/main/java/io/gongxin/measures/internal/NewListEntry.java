package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A subject to enter on a list (the centre) or to propose (a provider), with the persons it names (R-24d). */
record NewListEntry(@NotBlank @Size(max = 32) String subjectId, @NotBlank @Size(max = 2000) String reason,
		@NotBlank @Size(max = 2000) String basis, @NotNull LocalDate decidedOn, @NotNull LocalDate validUntil,
		SubjectType subjectType, @Valid NamedPerson legalRepresentative, @Valid NamedPerson principal,
		@Valid @Size(max = 10) List<@NotNull @Valid NamedPerson> responsiblePersons) {

	NewListEntry(String subjectId, String reason, String basis, LocalDate decidedOn, LocalDate validUntil) {
		this(subjectId, reason, basis, decidedOn, validUntil, null, null, null, null);
	}

	/** Its rules before it is stored: valid until no earlier than its decision; persons for organisations only (R-24d). */
	ListPersons checked(Identifiers identifiers, SubjectType listed) {
		if (validUntil.isBefore(decidedOn)) {
			// a message of its own: the date is compared with the decision, not with today
			throw new DomainException(DomainException.Kind.INVALID, "VALID_UNTIL_BEFORE_DECISION",
					Map.of("field", "validUntil"), validUntil, decidedOn);
		}
		ListPersons persons = persons(identifiers);
		if (!persons.isEmpty() && listed != SubjectType.LEGAL_PERSON) {
			throw new DomainException(DomainException.Kind.INVALID, "PERSONS_FOR_ORGANISATIONS_ONLY");
		}
		return persons;
	}

	/** R-24d: names stripped, id numbers checked as resident ids and kept masked only. */
	private ListPersons persons(Identifiers identifiers) {
		List<ListPersons.Person> responsible = new ArrayList<>();
		List<NamedPerson> given = responsiblePersons == null ? List.of() : responsiblePersons;
		for (int i = 0; i < given.size(); i++) {
			responsible.add(given.get(i).kept(identifiers, "responsiblePersons[" + i + "].idNumber"));
		}
		return new ListPersons(kept(legalRepresentative, identifiers, "legalRepresentative.idNumber"),
				kept(principal, identifiers, "principal.idNumber"), responsible);
	}

	private static ListPersons.Person kept(NamedPerson person, Identifiers identifiers, String field) {
		return person == null ? null : person.kept(identifiers, field);
	}

	@Override
	public String toString() {
		return "NewListEntry[" + reason + "]";
	}
}
