package io.gongxin.subject.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many subjects found or registered at once (a batch's subjects): set-based statements, a person's number encrypted
 * ({@link NewSubjectRows}) and found by its blind index ({@link LookupClaims}) as one at a time would be.
 */
@Repository
class BulkRegistration {

	private final JdbcClient jdbc;

	private final LookupClaims claims;

	private final NewSubjectRows rows;

	private final MissingNames missingNames;

	BulkRegistration(JdbcClient jdbc, LookupClaims claims, NewSubjectRows rows, MissingNames missingNames) {
		this.jdbc = jdbc;
		this.claims = claims;
		this.rows = rows;
		this.missingNames = missingNames;
	}

	@Transactional
	Map<SubjectIdentifier, SubjectKey> registerAll(Map<SubjectIdentifier, String> names) {
		Map<SubjectIdentifier, SubjectKey> keys = claims.known(names.keySet());
		List<SubjectIdentifier> missing = names.keySet().stream().filter(id -> !keys.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			List<Long> fresh = rows.insert(missing, names);
			// a concurrent registration may have won some identifiers: keep theirs, drop our rows for them
			keys.putAll(claims.known(names.keySet()));
			jdbc.sql("""
					delete from subjects s where s.subject_key = any(?)
					   and not exists (select 1 from subject_lookup l where l.subject_key = s.subject_key)""")
				.param(fresh.toArray(Long[]::new))
				.update();
		}
		missingNames.fill(names, keys);
		return keys;
	}

	Map<SubjectIdentifier, SubjectKey> findAll(Collection<SubjectIdentifier> identifiers) {
		return claims.known(identifiers);
	}
}
