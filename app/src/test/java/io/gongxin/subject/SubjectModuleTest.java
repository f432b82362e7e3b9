package io.gongxin.subject;

import io.gongxin.TestClock;
import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticPerson;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The subject module alone (with the platform it stands on) against its own embedded PostgreSQL: how subjects are
 * registered and found by their identifiers, and that a person's number is kept only in the vault. No HTTP,
 * no other module.
 */
// Modulith does not count the platform among this module's dependencies to bootstrap (the module uses its types,
// not its beans): it is named, for the database and the migrations every module stands on
@ApplicationModuleTest(extraIncludes = "platform")
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class SubjectModuleTest {

	@Autowired
	Subjects subjects;

	@Autowired
	JdbcClient jdbc;

	final SyntheticSubjects synthetic = new SyntheticSubjects(System.nanoTime());

	@Test
	@DisplayName("R-05 the module's tables hold a person's number only encrypted and as the display mask")
	void aPersonsNumberIsNeverStoredInClear() {
		SyntheticPerson person = synthetic.person();
		Subject registered = subjects.register(person.id(), person.name());
		assertThat(registered.type()).isEqualTo(SubjectType.NATURAL_PERSON);
		String stored = jdbc.sql("""
				select s::text || ' ' || (select string_agg(l::text, ' ') from subject_lookup l where l.subject_key = s.subject_key)
				  from subjects s where s.subject_key = ?""").param(registered.key().value()).query(String.class).single();
		assertThat(stored.contains(person.id().value())).as("the whole number in the subject's rows").isFalse();
		assertThat(stored).contains(person.id().masked());
	}

	@Test
	@DisplayName("R-05 an organisation is one subject per unified social credit code, found by its code and by a part of its name")
	void anOrganisationIsFoundByCodeAndName() {
		SyntheticOrganisation organisation = synthetic.organisation();
		Subject registered = subjects.register(organisation.code(), organisation.name());
		assertThat(subjects.register(organisation.code(), organisation.name()).key()).isEqualTo(registered.key());
		assertThat(registered.type()).isEqualTo(SubjectType.LEGAL_PERSON);
		assertThat(registered.displayIdentifier()).isEqualTo(organisation.code().value());
		assertThat(subjects.find(organisation.code())).map(Subject::key).hasValue(registered.key());
		assertThat(subjects.searchOrganisations(organisation.name(), 10, 0)).extracting(Subject::key)
			.contains(registered.key());
	}

	@Test
	@DisplayName("R-05 a person is found again by the blind index, however the number is written, and decrypts to the same number")
	void findsAndDecryptsPersons() {
		ResidentIdNumber id = ResidentIdNumber.parse("310101198506150032");
		Subject person = subjects.register(id, "李四");
		assertThat(subjects.register(ResidentIdNumber.parse("3101 0119 8506 1500 32"), null).key())
			.isEqualTo(person.key());
		assertThat(subjects.find(id)).contains(person);
		assertThat(person.displayIdentifier()).isEqualTo("3101**********0032");
		assertThat(subjects.identifierOf(person.key())).isEqualTo(id);
	}

	@Test
	@DisplayName("R-05 a ciphertext copied onto another person's row does not decrypt (bound to its row)")
	void ciphertextIsBoundToItsRow() {
		Subject first = subjects.register(ResidentIdNumber.parse("11010519491231002X"), "王五");
		Subject second = subjects.register(ResidentIdNumber.parse("31010419900307107X"), "赵六");
		jdbc.sql("update subjects set id_ciphertext = (select id_ciphertext from subjects where subject_key = ?) "
				+ "where subject_key = ?")
			.params(first.key().value(), second.key().value())
			.update();
		assertThatThrownBy(() -> subjects.identifierOf(second.key())).isInstanceOf(IllegalStateException.class)
			.hasMessageNotContaining("11010519491231002X");
	}

	@Test
	@DisplayName("R-05 R-11 an organisation keeps its public code in clear and its current legal representative")
	void organisationsKeepTheirPublicCodeAndLegalRepresentative() {
		Subject company = subjects.register(UnifiedSocialCreditCode.parse("91110000600037341L"), "北京示例科技有限公司");
		Subject first = subjects.register(ResidentIdNumber.parse("110101199003074258"), "张三");
		Subject second = subjects.register(ResidentIdNumber.parse("310101198506150032"), "李四");
		subjects.recordLegalRepresentative(company.key(), first.key(), java.time.LocalDate.of(2020, 1, 1));
		assertThat(subjects.legalRepresentativeOf(company.key())).map(Subject::key).contains(first.key());
		subjects.recordLegalRepresentative(company.key(), second.key(), java.time.LocalDate.of(2025, 7, 1));
		assertThat(subjects.legalRepresentativeOf(company.key())).map(Subject::key).contains(second.key());
		assertThat(company.displayIdentifier()).isEqualTo("91110000600037341L");
		assertThat(company.type()).isEqualTo(SubjectType.LEGAL_PERSON);
	}
}
