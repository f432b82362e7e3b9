package io.gongxin.query.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuthorizationsJdbc {

	private final JdbcClient jdbc;

	AuthorizationsJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long grant(SubjectKey subject, String grantee, List<String> items, String purpose, LocalDate validUntil,
			OffsetDateTime now, String by) {
		return jdbc.sql("""
				insert into authorizations (subject_key, grantee, items, purpose, valid_until, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(subject.value(), grantee, items == null ? null : items.toArray(String[]::new), purpose, validUntil,
					now, by)
			.query(Long.class)
			.single();
	}

	Optional<Authorization> find(long id) {
		return jdbc.sql("select " + AuthorizationRows.COLUMNS + " from authorizations where id = ?").param(id).query(AuthorizationRows::read).optional();
	}

	List<Authorization> of(SubjectKey subject) {
		return jdbc.sql("select " + AuthorizationRows.COLUMNS + " from authorizations where subject_key = ? order by id desc")
			.param(subject.value())
			.query(AuthorizationRows::read)
			.list();
	}

	/** The grants of this subject to this organisation that hold on the day, newest first. */
	List<Authorization> valid(SubjectKey subject, String grantee, LocalDate day) {
		return jdbc.sql("select " + AuthorizationRows.COLUMNS + " " + """
				 from authorizations where subject_key = ? and grantee = ? and revoked_at is null and valid_until >= ?
				 order by id desc""")
			.params(subject.value(), grantee, day)
			.query(AuthorizationRows::read)
			.list();
	}

	boolean revoke(long id, OffsetDateTime now) {
		return jdbc.sql("update authorizations set revoked_at = ? where id = ? and revoked_at is null").params(now, id).update() == 1;
	}
}
