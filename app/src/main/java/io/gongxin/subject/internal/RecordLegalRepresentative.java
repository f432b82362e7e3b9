package io.gongxin.subject.internal;

import java.time.LocalDate;

import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-24b: a new legal representative of an organisation ({@code subject_relations}) ends the term of the one
 * before; {@link LegalRepresentatives} reads the terms.
 */
@Repository
class RecordLegalRepresentative {

	private final JdbcClient jdbc;

	RecordLegalRepresentative(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void record(SubjectKey organisation, SubjectKey person, LocalDate since) {
		jdbc.sql("""
				update subject_relations set until = ?
				 where subject_key = ? and relation = 'LEGAL_REPRESENTATIVE' and until is null and related_key <> ?""")
			.params(since, organisation.value(), person.value())
			.update();
		jdbc.sql("""
				insert into subject_relations (subject_key, relation, related_key, since)
				select ?, 'LEGAL_REPRESENTATIVE', ?, ?
				 where not exists (select 1 from subject_relations where subject_key = ? and related_key = ?
				                      and relation = 'LEGAL_REPRESENTATIVE' and until is null)""")
			.params(organisation.value(), person.value(), since, organisation.value(), person.value())
			.update();
	}
}
