package io.gongxin.subject.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.subject.UnifiedSocialCreditCode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class SubjectsJdbc implements Subjects {

	private static final String COLUMNS = "subject_key, type, name, uscc, legacy_code, id_masked";

	private final JdbcClient jdbc;

	private final IdentifierVault vault;

	private final JdbcTemplate batch;

	SubjectsJdbc(JdbcClient jdbc, IdentifierVault vault, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.batch = batch;
	}

	@Override
	@Transactional
	public Subject register(SubjectIdentifier identifier, String name) {
		String cleanName = clean(name);
		Optional<Subject> existing = find(identifier);
		if (existing.isPresent()) {
			if (cleanName != null && existing.get().name() == null) {
				jdbc.sql("update subjects set name = ? where subject_key = ?")
					.params(cleanName, existing.get().key().value())
					.update();
				return find(existing.get().key()).orElseThrow();
			}
			return existing.get();
		}
		SubjectKey key = new SubjectKey(jdbc.sql("select nextval('subject_key_seq')").query(Long.class).single());
		insert(key, identifier, cleanName);
		int claimed = jdbc.sql("insert into subject_lookup (lookup, subject_key) values (?, ?) on conflict do nothing")
			.params(lookup(identifier), key.value())
			.update();
		if (claimed == 0) {
			// another transaction registered the same identifier first: keep theirs
			jdbc.sql("delete from subjects where subject_key = ?").param(key.value()).update();
			return find(identifier).orElseThrow();
		}
		return find(key).orElseThrow();
	}

	private void insert(SubjectKey key, SubjectIdentifier identifier, String name) {
		if (identifier instanceof UnifiedSocialCreditCode code) {
			jdbc.sql("insert into subjects (subject_key, type, name, uscc, legacy_code) values (?, 'LEGAL_PERSON', ?, ?, ?)")
				.params(key.value(), name, code.value(), code.legacy())
				.update();
		}
		else {
			ResidentIdNumber id = (ResidentIdNumber) identifier;
			jdbc.sql("""
					insert into subjects (subject_key, type, name, id_ciphertext, id_masked)
					values (?, 'NATURAL_PERSON', ?, ?, ?)""")
				.params(key.value(), name, vault.encrypt(id, key), id.masked())
				.update();
		}
	}

	@Override
	@Transactional
	public Map<SubjectIdentifier, SubjectKey> registerAll(Map<SubjectIdentifier, String> names) {
		Map<String, SubjectIdentifier> byLookup = new HashMap<>();
		names.keySet().forEach(id -> byLookup.put(lookup(id), id));
		Map<SubjectIdentifier, SubjectKey> keys = known(byLookup);
		List<SubjectIdentifier> missing = names.keySet().stream().filter(id -> !keys.containsKey(id)).toList();
		if (!missing.isEmpty()) {
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
				String name = clean(names.get(id));
				if (id instanceof UnifiedSocialCreditCode code) {
					organisations.add(new Object[] { key.value(), name, code.value(), code.legacy() });
				}
				else {
					ResidentIdNumber person = (ResidentIdNumber) id;
					persons.add(new Object[] { key.value(), name, vault.encrypt(person, key), person.masked() });
				}
				lookups.add(new Object[] { lookup(id), key.value() });
			}
			batch.batchUpdate("insert into subjects (subject_key, type, name, uscc, legacy_code) values (?, 'LEGAL_PERSON', ?, ?, ?)",
					organisations);
			batch.batchUpdate("""
					insert into subjects (subject_key, type, name, id_ciphertext, id_masked)
					values (?, 'NATURAL_PERSON', ?, ?, ?)""", persons);
			batch.batchUpdate("insert into subject_lookup (lookup, subject_key) values (?, ?) on conflict do nothing", lookups);
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

	@Override
	public Map<SubjectIdentifier, SubjectKey> findAll(java.util.Collection<SubjectIdentifier> identifiers) {
		Map<String, SubjectIdentifier> byLookup = new HashMap<>();
		identifiers.forEach(id -> byLookup.put(lookup(id), id));
		return byLookup.isEmpty() ? new HashMap<>() : known(byLookup);
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
			if (clean(name) != null) {
				subjectKeys.add(keys.get(id).value());
				subjectNames.add(clean(name));
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

	private static String clean(String name) {
		return name == null || name.isBlank() ? null : name.strip();
	}

	@Override
	public Optional<Subject> find(SubjectIdentifier identifier) {
		return jdbc.sql("select " + COLUMNS.replace("subject_key", "s.subject_key")
				+ " from subject_lookup l join subjects s on s.subject_key = l.subject_key where l.lookup = ?")
			.param(lookup(identifier))
			.query(SubjectsJdbc::subject)
			.optional();
	}

	@Override
	public Optional<Subject> find(SubjectKey key) {
		return jdbc.sql("select " + COLUMNS + " from subjects where subject_key = ?")
			.param(key.value())
			.query(SubjectsJdbc::subject)
			.optional();
	}

	@Override
	public SubjectIdentifier identifierOf(SubjectKey key) {
		return jdbc.sql("select uscc, legacy_code, id_ciphertext from subjects where subject_key = ?")
			.param(key.value())
			.query((rs, row) -> rs.getString("uscc") != null
					? (SubjectIdentifier) new UnifiedSocialCreditCode(rs.getString("uscc"), rs.getBoolean("legacy_code"))
					: vault.decrypt(rs.getBytes("id_ciphertext"), key))
			.single();
	}

	@Override
	@Transactional
	public void recordLegalRepresentative(SubjectKey organisation, SubjectKey person, LocalDate since) {
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

	/** Words of a name search that count; more are ignored. */
	private static final int MAX_WORDS = 8;

	@Override
	public List<Subject> searchOrganisations(String text, int limit, int offset) {
		// spaces (also the full-width one) separate words that must each be in the name: "示范 科技" finds 示范科技有限公司
		List<String> words = java.util.Arrays.stream(text.split("[\\s\u3000]+"))
			.filter(word -> !word.isEmpty())
			.limit(MAX_WORDS)
			.toList();
		if (words.isEmpty()) {
			return List.of();
		}
		List<Object> params = new java.util.ArrayList<>();
		words.forEach(word -> params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
		params.add(String.join(" ", words));
		params.add(limit);
		params.add(offset);
		return jdbc.sql("select " + COLUMNS + " from subjects where type = 'LEGAL_PERSON'"
				+ " and name ilike ?".repeat(words.size()) + " " + """
				 order by similarity(name, ?) desc, name limit ? offset ?""")
			.params(params)
			.query(SubjectsJdbc::subject)
			.list();
	}

	@Override
	public List<Representation> representedBy(SubjectKey person) {
		return jdbc.sql("""
				select subject_key, since, until from subject_relations
				 where related_key = ? and relation = 'LEGAL_REPRESENTATIVE' order by since""")
			.param(person.value())
			.query((rs, row) -> new Representation(new SubjectKey(rs.getLong(1)), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	@Override
	public Optional<Subject> legalRepresentativeOf(SubjectKey organisation) {
		return jdbc.sql("select " + COLUMNS.replace("subject_key", "s.subject_key") + " " + """
				 from subject_relations r join subjects s on s.subject_key = r.related_key
				 where r.subject_key = ? and r.relation = 'LEGAL_REPRESENTATIVE' and r.until is null
				 order by r.since desc limit 1""")
			.param(organisation.value())
			.query(SubjectsJdbc::subject)
			.optional();
	}

	private String lookup(SubjectIdentifier identifier) {
		if (identifier instanceof UnifiedSocialCreditCode code) {
			return "U:" + code.value();
		}
		return "P:" + HexFormat.of().formatHex(vault.blindIndex((ResidentIdNumber) identifier));
	}

	private static Subject subject(ResultSet rs, int row) throws SQLException {
		SubjectType type = SubjectType.valueOf(rs.getString("type"));
		String display = type == SubjectType.LEGAL_PERSON ? rs.getString("uscc") : rs.getString("id_masked");
		// id_masked is the display mask itself (first four, last four): nothing more of the number is kept in clear
		return new Subject(new SubjectKey(rs.getLong("subject_key")), type, rs.getString("name"), display,
				rs.getBoolean("legacy_code"));
	}
}
