package io.gongxin.subject;

import io.gongxin.TestClock;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

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
	@DisplayName("R-05 a person registered twice under one resident id number is one subject; the tables hold the number only encrypted and masked, the vault gives it back whole")
	void aPersonIsOneSubjectAndItsNumberIsNeverStoredInClear() {
		SyntheticSubjects.Person person = synthetic.person();
		Subject registered = subjects.register(person.id(), person.name());
		assertThat(subjects.register(person.id(), null).key()).isEqualTo(registered.key());
		assertThat(registered.type()).isEqualTo(SubjectType.NATURAL_PERSON);
		assertThat(subjects.find(person.id())).map(Subject::key).hasValue(registered.key());

		String stored = jdbc.sql("""
				select s::text || ' ' || (select string_agg(l::text, ' ') from subject_lookup l where l.subject_key = s.subject_key)
				  from subjects s where s.subject_key = ?""").param(registered.key().value()).query(String.class).single();
		assertThat(stored.contains(person.id().value())).as("the whole number in the subject's rows").isFalse();
		assertThat(stored).contains(person.id().masked());
		assertThat(subjects.identifierOf(registered.key())).isEqualTo(person.id());
	}

	@Test
	@DisplayName("R-05 an organisation is one subject per unified social credit code, found by its code and by a part of its name")
	void anOrganisationIsFoundByCodeAndName() {
		SyntheticSubjects.Organisation organisation = synthetic.organisation();
		Subject registered = subjects.register(organisation.code(), organisation.name());
		assertThat(subjects.register(organisation.code(), organisation.name()).key()).isEqualTo(registered.key());
		assertThat(registered.type()).isEqualTo(SubjectType.LEGAL_PERSON);
		assertThat(registered.displayIdentifier()).isEqualTo(organisation.code().value());
		assertThat(subjects.find(organisation.code())).map(Subject::key).hasValue(registered.key());
		assertThat(subjects.searchOrganisations(organisation.name(), 10, 0)).extracting(Subject::key)
			.contains(registered.key());
	}
}
