package io.gongxin.subject;

import java.time.LocalDate;

/**
 * 信息主体: a legal person or other organisation, or a natural person.
 *
 * @param displayIdentifier the USCC whole, or a person's id number masked
 * @param birthDate a natural person's date of birth (for the age rule R-10), else {@code null}
 */
public record Subject(SubjectKey key, SubjectType type, String name, String displayIdentifier, LocalDate birthDate,
		boolean legacyCode) {

	/** Whether the person was at least 18 on the given date; organisations always are in scope. */
	public boolean adultOn(LocalDate date) {
		return type != SubjectType.NATURAL_PERSON || !birthDate.plusYears(18).isAfter(date);
	}
}
