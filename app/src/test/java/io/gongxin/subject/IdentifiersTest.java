package io.gongxin.subject;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifiersTest {

	private final Identifiers identifiers = new Identifiers(List.of(" 91310000ma1fl8xq30 "));

	@Test
	void tellsPersonsFromOrganisations() {
		assertThat(identifiers.parse("11010519491231002X")).isInstanceOf(ResidentIdNumber.class);
		assertThat(identifiers.parse("91350100M000100Y43")).isInstanceOf(UnifiedSocialCreditCode.class);
		assertThat(identifiers.parse("91350100M000100Y43").subjectType()).isEqualTo(SubjectType.LEGAL_PERSON);
	}

	@Test
	@DisplayName("R-05 a legacy code on the allow-list is accepted and marked legacy")
	void acceptsAllowListedLegacyCode() {
		IdentifierCheck check = identifiers.check("91310000MA1FL8XQ30");
		assertThat(check.valid()).isTrue();
		assertThat(check.legacy()).isTrue();
	}

	@Test
	@DisplayName("R-05 a legacy code not on the allow-list is invalid by default")
	void refusesLegacyCodeNotOnTheList() {
		IdentifierCheck check = new Identifiers(List.of()).check("91310000MA1FL8XQ30");
		assertThat(check.valid()).isFalse();
		assertThat(check.problem()).isEqualTo(IdentifierProblem.CHECK_CHARACTER);
		assertThat(identifiers.check("91310115MA1H7GQ07X").valid()).isFalse();
	}

	@Test
	void reportsTheProblemOfTheKindTheInputResembles() {
		assertThat(identifiers.check("110101199003074259").problem()).isEqualTo(IdentifierProblem.CHECK_CHARACTER);
		assertThat(identifiers.check("310101199013010011").problem()).isEqualTo(IdentifierProblem.BIRTH_DATE);
		assertThat(identifiers.check("91350100I000100Y43").problem()).isEqualTo(IdentifierProblem.CHARACTER);
		assertThat(identifiers.check("abc").problem()).isEqualTo(IdentifierProblem.LENGTH);
	}

	@Test
	void parseRefusesInvalidInput() {
		assertThatThrownBy(() -> identifiers.parse("91350100M000100Y44")).isInstanceOf(InvalidIdentifierException.class);
	}
}
