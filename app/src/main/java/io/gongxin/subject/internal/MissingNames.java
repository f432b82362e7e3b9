package io.gongxin.subject.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The names of many subjects ({@link BulkRegistration}), filled in where the subject had none. */
@Repository
class MissingNames {

	private final JdbcClient jdbc;

	MissingNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One statement for the whole set: names fill in where the subject had none. */
	void fill(Map<SubjectIdentifier, String> names, Map<SubjectIdentifier, SubjectKey> keys) {
		List<Long> subjectKeys = new ArrayList<>();
		List<String> subjectNames = new ArrayList<>();
		names.forEach((id, name) -> {
			if (SubjectRows.clean(name) != null) {
				subjectKeys.add(keys.get(id).value());
				subjectNames.add(SubjectRows.clean(name));
			}
		});
		if (subjectKeys.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update subjects s set name = v.name
				  from unnest(?::bigint[], ?::text[]) as v(subject_key, name)
				 where s.subject_key = v.subject_key and s.name is null""")
			.params(subjectKeys.toArray(Long[]::new), subjectNames.toArray(String[]::new))
			.update();
	}
}
