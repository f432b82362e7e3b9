package io.gongxin.measures.internal;

import java.util.Arrays;
import java.util.List;

import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** R-24d: a person an organisation's entry names; the id number, if given, is kept masked only. */
record NamedPerson(@NotBlank @Size(max = 50) String name, @Size(max = 32) String idNumber) {

	/** The person as kept: the name stripped, the id number checked as a resident id and masked. */
	ListPersons.Person kept(Identifiers identifiers, String field) {
		String masked = idNumber == null || idNumber.isBlank() ? null
				: identifiers.parseField(idNumber, field, SubjectType.NATURAL_PERSON).masked();
		return new ListPersons.Person(name.strip(), masked);
	}

	/** A person named on the console's form: a name only, none when blank. */
	static NamedPerson named(String name) {
		return name.isBlank() ? null : new NamedPerson(name.strip(), null);
	}

	/** The persons a form's text names, separated by 、 , ， ; or ；. */
	static List<NamedPerson> listed(String names) {
		return Arrays.stream(names.split("[、,，;；]"))
			.map(String::strip).filter(name -> !name.isEmpty()).map(name -> new NamedPerson(name, null))
			.toList();
	}

	@Override
	public String toString() {
		return "NamedPerson[" + name + "]";
	}
}
