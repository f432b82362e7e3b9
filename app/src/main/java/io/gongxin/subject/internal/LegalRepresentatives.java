package io.gongxin.subject.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Representation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * R-24b: who represented which organisation, and from when to when ({@code subject_relations}), the terms
 * {@link RecordLegalRepresentative} keeps.
 */
@Repository
class LegalRepresentatives {

	private final JdbcClient jdbc;

	LegalRepresentatives(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
