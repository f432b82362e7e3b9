package io.gongxin.subject.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.subject.UnifiedSocialCreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subjects in {@code subjects}, found through {@code subject_lookup} (a person's number only as its blind index, ADR
 * 0010); registration of many at once is {@link BulkRegistration}, the legal representatives {@link LegalRepresentatives}.
 */
@Repository
class SubjectsJdbc implements Subjects {

	private static final String COLUMNS = SubjectRows.COLUMNS;

	private final JdbcClient jdbc;

	private final IdentifierVault vault;

	private final BulkRegistration bulk;

	private final LegalRepresentatives representatives;

	SubjectsJdbc(JdbcClient jdbc, IdentifierVault vault, BulkRegistration bulk, LegalRepresentatives representatives) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.bulk = bulk;
		this.representatives = representatives;
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
	public Map<SubjectIdentifier, SubjectKey> registerAll(Map<SubjectIdentifier, String> names) {
		return bulk.registerAll(names);
	}

	@Override
	public Map<SubjectIdentifier, SubjectKey> findAll(java.util.Collection<SubjectIdentifier> identifiers) {
		return bulk.findAll(identifiers);
	}

	static String clean(String name) {
		return name == null || name.isBlank() ? null : name.strip();
	}

	@Override
	public Optional<Subject> find(SubjectIdentifier identifier) {
		return jdbc.sql("select " + COLUMNS.replace("subject_key", "s.subject_key")
				+ " from subject_lookup l join subjects s on s.subject_key = l.subject_key where l.lookup = ?")
			.param(lookup(identifier))
			.query(SubjectRows::subject)
			.optional();
	}

	@Override
	public Optional<Subject> find(SubjectKey key) {
		return jdbc.sql("select " + COLUMNS + " from subjects where subject_key = ?")
			.param(key.value())
			.query(SubjectRows::subject)
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
	public void recordLegalRepresentative(SubjectKey organisation, SubjectKey person, LocalDate since) {
		representatives.record(organisation, person, since);
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
			.query(SubjectRows::subject)
			.list();
	}

	@Override
	public List<Representation> representedBy(SubjectKey person) {
		return representatives.representedBy(person);
	}

	@Override
	public Optional<Subject> legalRepresentativeOf(SubjectKey organisation) {
		return representatives.of(organisation);
	}

	private String lookup(SubjectIdentifier identifier) {
		return vault.lookup(identifier);
	}
}
