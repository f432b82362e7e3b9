package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a new list entry meets before anything is stored ({@link NewListEntry#checked}); no Spring. */
class NewListEntryTest {

	private static final LocalDate DECIDED = LocalDate.of(2026, 3, 2);

	private final Identifiers identifiers = new Identifiers(List.of());

	@Test
	@DisplayName("R-24 an entry valid until before its decision is refused with a message of its own")
	void validityBeforeTheDecisionIsRefused() {
		NewListEntry entry = new NewListEntry("91350100M000100Y43", "reason", "basis", DECIDED, DECIDED.minusDays(1));

		assertThatThrownBy(() -> entry.checked(identifiers, SubjectType.LEGAL_PERSON))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("VALID_UNTIL_BEFORE_DECISION"));
		assertThat(new NewListEntry("91350100M000100Y43", "reason", "basis", DECIDED, DECIDED)
			.checked(identifiers, SubjectType.LEGAL_PERSON)
			.isEmpty()).isTrue();
	}

	@Test
	@DisplayName("R-24d only an organisation's entry names persons, their id numbers kept masked")
	void personsOnlyForOrganisations() {
		NewListEntry entry = new NewListEntry("91350100M000100Y43", "reason", "basis", DECIDED, DECIDED.plusYears(1),
				null, new NamedPerson(" 张三 ", "11010519491231002X"), null, List.of(new NamedPerson("李四", null)));

		ListPersons persons = entry.checked(identifiers, SubjectType.LEGAL_PERSON);
		assertThat(persons.legalRepresentative().name()).isEqualTo("张三");
		assertThat(persons.legalRepresentative().maskedId()).doesNotContain("19491231").endsWith("002X");
		assertThat(persons.responsibleNames()).containsExactly("李四");
		assertThatThrownBy(() -> entry.checked(identifiers, SubjectType.NATURAL_PERSON))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("PERSONS_FOR_ORGANISATIONS_ONLY"));
	}
}
