package io.gongxin.synthetic;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticSubjectsTest {

	@Test
	void sameSeedGivesTheSameSubjects() {
		SyntheticSubjects a = new SyntheticSubjects(42);
		SyntheticSubjects b = new SyntheticSubjects(42);
		for (int i = 0; i < 100; i++) {
			assertThat(a.organisation()).isEqualTo(b.organisation());
		}
		assertThat(new SyntheticSubjects(43).organisation()).isNotEqualTo(new SyntheticSubjects(42).organisation());
	}

	@Test
	void codesAndNumbersAreValidAndNamesChinese() {
		SyntheticSubjects generator = new SyntheticSubjects(7);
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			SyntheticOrganisation organisation = generator.organisation();
			// re-parsing from the plain string proves validity independently of how it was built
			assertThat(UnifiedSocialCreditCode.parse(organisation.code().value())).isEqualTo(organisation.code());
			ResidentIdNumber id = ResidentIdNumber.parse(organisation.legalRepresentative().id().value());
			assertThat(id.birthDate()).isEqualTo(organisation.legalRepresentative().birthDate());
			assertThat(id.birthDate().plusYears(18)).isBefore(LocalDate.of(2026, 1, 1));
			assertThat(organisation.name()).matches("\\p{IsHan}{6,}");
			assertThat(organisation.legalRepresentative().name()).matches("\\p{IsHan}{2,3}");
			codes.add(organisation.code().value());
		}
		assertThat(codes).hasSizeGreaterThan(1990);
	}

	@Test
	void personsCanBeBornInAGivenRange() {
		SyntheticSubjects generator = new SyntheticSubjects(1);
		LocalDate from = LocalDate.of(2010, 1, 1);
		LocalDate until = LocalDate.of(2010, 12, 31);
		for (int i = 0; i < 100; i++) {
			assertThat(generator.person(from, until).birthDate()).isBetween(from, until);
		}
	}
}
