package io.gongxin.measures.internal;

import java.util.List;

/**
 * R-24d: the persons an organisation's list entry names: its legal representative, its principal (主要负责人)
 * and the directly responsible persons (直接责任人). Only names and masked id numbers are kept.
 */
record ListPersons(Person legalRepresentative, Person principal, List<Person> responsiblePersons) {

	ListPersons {
		responsiblePersons = responsiblePersons == null ? List.of() : List.copyOf(responsiblePersons);
	}

	/** A named person; {@code maskedId} is a resident id number masked ({@code 3101**********123X}), or null. */
	record Person(String name, String maskedId) {
	}

	boolean isEmpty() {
		return legalRepresentative == null && principal == null && responsiblePersons.isEmpty();
	}

	/** The principal's name, as the public list shows it, or null. */
	String principalName() {
		return principal == null ? null : principal.name();
	}

	/** The directly responsible persons' names, as the public list shows them, or null when there are none. */
	List<String> responsibleNames() {
		return responsiblePersons.isEmpty() ? null : responsiblePersons.stream().map(Person::name).toList();
	}
}
