package io.gongxin.subject.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.UnifiedSocialCreditCode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many subjects found or registered at once (a batch's subjects): set-based statements, a person's number encrypted
 * and found by its blind index as one at a time would be.
 */
@Repository
class BulkRegistration {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final IdentifierVault vault;

	BulkRegistration(JdbcClient jdbc, JdbcTemplate batch, IdentifierVault vault) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.vault = vault;
	}

	@Transactional
	Map<SubjectIdentifier, SubjectKey> registerAll(Map<SubjectIdentifier, String> names) {
		Map<String, SubjectIdentifier> byLookup = byLookup(names.keySet());
		Map<SubjectIdentifier, SubjectKey> keys = known(byLookup);
		List<SubjectIdentifier> missing = names.keySet().stream().filter(id -> !keys.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			List<Long> fresh = insert(missing, names);
			// a concurrent registration may have won some identifiers: keep theirs, drop our rows for them
			keys.putAll(known(byLookup));
			jdbc.sql("""
					delete from subjects s where s.subject_key = any(?)
					   and not exists (select 1 from subject_lookup l where l.subject_key = s.subject_key)""")
				.param(fresh.toArray(Long[]::new))
				.update();
		}
		fillMissingNames(names, keys);
		return keys;
	}

	Map<SubjectIdentifier, SubjectKey> findAll(Collection<SubjectIdentifier> identifiers) {
		Map<String, SubjectIdentifier> byLookup = byLookup(identifiers);
		return byLookup.isEmpty() ? new HashMap<>() : known(byLookup);
	}

	/** Inserts the subjects under fresh keys and claims their lookups (where no one claimed them first). */
	private List<Long> insert(List<SubjectIdentifier> missing, Map<SubjectIdentifier, String> names) {
		List<Long> fresh = jdbc.sql("select nextval('subject_key_seq') from generate_series(1, ?)")
			.param(missing.size())
			.query(Long.class)
			.list();
		List<Object[]> organisations = new ArrayList<>();
		List<Object[]> persons = new ArrayList<>();
		List<Object[]> lookups = new ArrayList<>();
		for (int i = 0; i < missing.size(); i++) {
			SubjectIdentifier id = missing.get(i);
			SubjectKey key = new SubjectKey(fresh.get(i));
			String name = SubjectRows.clean(names.get(id));
			(id instanceof UnifiedSocialCreditCode ? organisations : persons).add(SubjectRows.values(key, id, name, vault));
			lookups.add(new Object[] { vault.lookup(id), key.value() });
		}
		batch.batchUpdate(SubjectRows.INSERT_ORGANISATION, organisations);
		batch.batchUpdate(SubjectRows.INSERT_PERSON, persons);
		batch.batchUpdate("insert into subject_lookup (lookup, subject_key) values (?, ?) on conflict do nothing", lookups);
		return fresh;
	}

	private Map<String, SubjectIdentifier> byLookup(Collection<SubjectIdentifier> identifiers) {
		Map<String, SubjectIdentifier> byLookup = new HashMap<>();
		identifiers.forEach(id -> byLookup.put(vault.lookup(id), id));
		return byLookup;
	}

	private Map<SubjectIdentifier, SubjectKey> known(Map<String, SubjectIdentifier> byLookup) {
		Map<SubjectIdentifier, SubjectKey> keys = new HashMap<>();
		jdbc.sql("select lookup, subject_key from subject_lookup where lookup = any(?)")
			.param(byLookup.keySet().toArray(String[]::new))
			.query((rs, row) -> keys.put(byLookup.get(rs.getString(1)), new SubjectKey(rs.getLong(2))))
			.list();
		return keys;
	}

	/** One statement for the whole set: names fill in where the subject had none. */
	private void fillMissingNames(Map<SubjectIdentifier, String> names, Map<SubjectIdentifier, SubjectKey> keys) {
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
