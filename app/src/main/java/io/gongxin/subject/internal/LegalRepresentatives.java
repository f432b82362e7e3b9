package io.gongxin.subject.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Representation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-24b: who represented which organisation, and from when to when ({@code subject_relations}): a new legal
 * representative ends the term of the one before.
 */
@Repository
class LegalRepresentatives {

	private final JdbcClient jdbc;

	LegalRepresentatives(JdbcClient jdbc) {
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

	List<Representation> representedBy(SubjectKey person) {
		return jdbc.sql("""
				select subject_key, since, until from subject_relations
				 where related_key = ? and relation = 'LEGAL_REPRESENTATIVE' order by since""")
			.param(person.value())
			.query((rs, row) -> new Representation(new SubjectKey(rs.getLong(1)), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** The organisation's legal representative now. */
	Optional<Subject> of(SubjectKey organisation) {
		return jdbc.sql("select " + SubjectRows.COLUMNS.replace("subject_key", "s.subject_key") + " " + """
				 from subject_relations r join subjects s on s.subject_key = r.related_key
				 where r.subject_key = ? and r.relation = 'LEGAL_REPRESENTATIVE' and r.until is null
				 order by r.since desc limit 1""")
			.param(organisation.value())
			.query(SubjectRows::subject)
			.optional();
	}
}
