package io.gongxin.synthetic;

import java.time.LocalDate;

import io.gongxin.subject.ResidentIdNumber;

/** A synthetic natural person ({@link SyntheticSubjects}). */
public record SyntheticPerson(ResidentIdNumber id, String name, LocalDate birthDate, boolean male) {

	@Override
	public String toString() {
		return "Person[" + id.masked() + ", " + name + "]";
	}
}
