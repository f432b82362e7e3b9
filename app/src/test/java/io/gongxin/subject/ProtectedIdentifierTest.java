package io.gongxin.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.GongxinTest;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GongxinTest
class ProtectedIdentifierTest {

	@Autowired
	Subjects subjects;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("after storing persons no table holds any of their id numbers in plaintext")
	void noTableHoldsAnIdNumberInPlaintext() {
		SyntheticSubjects generator = new SyntheticSubjects(99);
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			SyntheticSubjects.Organisation organisation = generator.organisation();
			Subject company = subjects.register(organisation.code(), organisation.name());
			Subject person = subjects.register(organisation.legalRepresentative().id(),
					organisation.legalRepresentative().name());
			subjects.recordLegalRepresentative(company.key(), person.key(), java.time.LocalDate.of(2024, 1, 1));
			numbers.add(organisation.legalRepresentative().id().value());
		}
		// every row of every table of the application's schema, as text, bytea columns hex-encoded
		List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
			.query(String.class)
			.list();
		assertThat(tables).contains("subjects", "subject_lookup", "accounts");
		StringBuilder everything = new StringBuilder();
		for (String table : tables) {
			for (Map<String, Object> row : jdbc.sql("select t::text as row from " + table + " t").query().listOfRows()) {
				everything.append(row.get("row")).append('\n');
			}
		}
		String dump = everything.toString();
		for (String number : numbers) {
			assertThat(dump.contains(number)).as("a stored id number appears in plaintext").isFalse();
			assertThat(dump.contains(number.substring(0, 17))).as("the first 17 digits appear in plaintext").isFalse();
		}
		assertThat(dump).contains(numbers.get(0).substring(0, 4) + "**********" + numbers.get(0).substring(14));
	}

	@Test
	@DisplayName("a person is found again by the blind index and decrypts to the same number")
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
	@DisplayName("a ciphertext copied onto another person's row does not decrypt (bound to its row)")
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

	@Test
	@DisplayName("R-10 a person is an adult from the 18th birthday")
	void adulthood() {
		Subject person = subjects.register(ResidentIdNumber.parse("310115200811220023"), "未成年");
		assertThat(person.adultOn(java.time.LocalDate.of(2026, 11, 21))).isFalse();
		assertThat(person.adultOn(java.time.LocalDate.of(2026, 11, 22))).isTrue();
	}
}
