package io.gongxin.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.GongxinTest;
import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticPerson;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-05 over the whole platform's database: after persons are stored, no table of any module holds a number, a birth
 * date or more than the display mask. What the subject module does alone (lookup, decryption, the row-bound
 * ciphertext) is {@link SubjectModuleTest}.
 */
@GongxinTest
class ProtectedIdentifierTest {

	@Autowired
	Subjects subjects;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R-05 after storing persons no table holds their id numbers, their birth dates or more of the number than the display mask")
	void noTableHoldsAnIdNumberInPlaintext() {
		SyntheticSubjects generator = new SyntheticSubjects(System.nanoTime());
		// born in 1931-1932, dates no other test stores, so that a date found in the dump can only be theirs
		java.time.LocalDate from = java.time.LocalDate.of(1931, 1, 1);
		java.time.LocalDate until = java.time.LocalDate.of(1932, 12, 31);
		List<ResidentIdNumber> numbers = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			SyntheticOrganisation organisation = generator.organisation();
			SyntheticPerson representative = generator.person(from, until);
			Subject company = subjects.register(organisation.code(), organisation.name());
			Subject person = subjects.register(representative.id(), representative.name());
			subjects.recordLegalRepresentative(company.key(), person.key(), java.time.LocalDate.of(2024, 1, 1));
			numbers.add(representative.id());
		}
		// the bulk path (batches) too
		Map<SubjectIdentifier, String> bulk = new java.util.HashMap<>();
		for (int i = 0; i < 25; i++) {
			SyntheticPerson person = generator.person(from, until);
			bulk.put(person.id(), person.name());
			numbers.add(person.id());
		}
		subjects.registerAll(bulk);
		String dump = everyRow();
		// hashes and ciphertexts are long hexadecimal runs: digits can occur in them by chance, so they are left out
		String text = dump.replaceAll("[0-9a-fA-F]{32,}", "#");
		for (ResidentIdNumber id : numbers) {
			String number = id.value();
			assertThat(dump.contains(number)).as("a stored id number appears in plaintext").isFalse();
			assertThat(dump.contains(number.substring(0, 17))).as("the first 17 digits appear in plaintext").isFalse();
			assertThat(text.contains(number.substring(4, 14))).as("the ten masked characters appear").isFalse();
			java.time.LocalDate born = id.birthDate();
			for (String form : new String[] { born.toString(), born.toString().replace('-', '/'),
					born.getYear() + "年" + born.getMonthValue() + "月" + born.getDayOfMonth() + "日" }) {
				assertThat(text.contains(form)).as("a stored person's birth date appears (%s)", form).isFalse();
			}
			// compact, as in the number: alone, not inside some organisation's code
			assertThat(java.util.regex.Pattern.compile("(?<![0-9A-Za-z])" + number.substring(6, 14) + "(?![0-9A-Za-z])")
				.matcher(text).find()).as("a stored person's birth date appears (yyyyMMdd)").isFalse();
			assertThat(dump).contains(id.masked());
		}
		// nothing of a person's that is dated is kept beside the mask: no date column on subjects at all
		assertThat(jdbc.sql("""
				select count(*) from information_schema.columns
				 where table_name = 'subjects' and (data_type = 'date' or column_name like '%birth%')""")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select id_masked from subjects where id_masked is not null").query(String.class).list())
			.as("in clear, no more of a number than the display mask").allMatch(m -> m.matches("\\d{4}\\*{10}\\d{3}[0-9X]"));
	}

	/** Every row of every table of the application's schema, as text, bytea columns hex-encoded. */
	private String everyRow() {
		List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
			.query(String.class)
			.list();
		// the migration history is the owner's alone (and holds no data): the application cannot read it
		assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' "
				+ "and not has_table_privilege(format('%I.%I', schemaname, tablename), 'select') and tablename <> 'flyway_schema_history'")
			.query(Long.class).single()).isZero();
		assertThat(tables).contains("subjects", "subject_lookup", "accounts", "records", "collection_log", "list_entries",
				"objections", "reports", "batch_errors", "batch_queries");
		StringBuilder everything = new StringBuilder();
		for (String table : tables) {
			if (table.equals("flyway_schema_history")) {
				continue; // the owner's alone; holds no data
			}
			for (Map<String, Object> row : jdbc.sql("select t::text as row from " + table + " t").query().listOfRows()) {
				everything.append(row.get("row")).append('\n');
			}
		}
		return everything.toString();
	}
}
