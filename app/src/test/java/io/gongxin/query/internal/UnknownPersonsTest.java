package io.gongxin.query.internal;

import java.util.List;

import io.gongxin.subject.Identifiers;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 (R-20a, R-05): an anonymous lookup tells nobody whether the platform knows a person. A plain test of
 * {@link UnknownPersons} and of how {@link Parties} names a person to an anonymous caller; no Spring.
 */
class UnknownPersonsTest {

	private static final String PERSON = "11010519491231002X";

	private final Identifiers identifiers = new Identifiers(List.of());

	@Test
	@DisplayName("R-20a a valid resident id number the platform does not know is answered like a known person")
	void validPersonNumberIsAnsweredAlike() {
		assertThat(UnknownPersons.asPerson(identifiers.check(PERSON), null))
			.contains(new ResidentIdNumber(PERSON));
		assertThat(UnknownPersons.asPerson(identifiers.check(PERSON), SubjectType.NATURAL_PERSON)).isPresent();
	}

	@Test
	@DisplayName("R-05 a code declared an organisation's, an organisation's code or an invalid code is not a person")
	void organisationsAndInvalidCodesAreNot() {
		assertThat(UnknownPersons.asPerson(identifiers.check(PERSON), SubjectType.LEGAL_PERSON)).isEmpty();
		assertThat(UnknownPersons.asPerson(identifiers.check("91350100M000100Y43"), null)).isEmpty();
		assertThat(UnknownPersons.asPerson(identifiers.check("110105194912310021"), null)).isEmpty();
	}

	@Test
	@DisplayName("R-20a an unknown person is named like a known one with nothing public: number masked, name hidden")
	void unknownPersonNamedLikeAKnownOne() {
		var party = Parties.unknownPerson(new ResidentIdNumber(PERSON));
		assertThat(party.id()).doesNotContain(PERSON).isEqualTo(new ResidentIdNumber(PERSON).masked());
		var known = new Subject(new SubjectKey(3L), SubjectType.NATURAL_PERSON, "张三", party.id(), false);
		assertThat(party.name()).isEqualTo(Parties.nameFor(known, true, true));
	}

	@Test
	@DisplayName("R-20a an anonymous caller sees a person's family name only beside public records; others the name")
	void anonymousCallersSeeTheFamilyNameOnly() {
		var person = new Subject(new SubjectKey(3L), SubjectType.NATURAL_PERSON, "张三", "1101**********002X", false);
		assertThat(Parties.nameFor(person, true, false)).isEqualTo("张*");
		assertThat(Parties.nameFor(person, false, false)).isEqualTo("张三");
		var firm = new Subject(new SubjectKey(4L), SubjectType.LEGAL_PERSON, "某某公司", "91350100M000100Y43", false);
		assertThat(Parties.nameFor(firm, true, true)).isEqualTo("某某公司");
	}
}
