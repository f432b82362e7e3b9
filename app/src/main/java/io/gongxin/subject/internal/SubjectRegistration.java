package io.gongxin.subject.internal;

import java.util.Optional;

import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.UnifiedSocialCreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** One subject registered: a person's number stored encrypted, with only its display mask in clear (ADR 0010). */
@Repository
class SubjectRegistration {

	private final JdbcClient jdbc;

	private final IdentifierVault vault;

	private final LookupClaims claims;

	private final SubjectLookups lookups;

	SubjectRegistration(JdbcClient jdbc, IdentifierVault vault, LookupClaims claims, SubjectLookups lookups) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.claims = claims;
		this.lookups = lookups;
	}

	/** The subject with this identifier, created if unknown; a name fills in only where none was known. */
	@Transactional
	Subject register(SubjectIdentifier identifier, String name) {
		String cleanName = SubjectRows.clean(name);
		Optional<Subject> existing = lookups.find(identifier);
		if (existing.isPresent()) {
			if (cleanName != null && existing.get().name() == null) {
				jdbc.sql("update subjects set name = ? where subject_key = ?")
					.params(cleanName, existing.get().key().value())
					.update();
				return lookups.find(existing.get().key()).orElseThrow();
			}
			return existing.get();
		}
		SubjectKey key = new SubjectKey(jdbc.sql("select nextval('subject_key_seq')").query(Long.class).single());
		jdbc.sql(identifier instanceof UnifiedSocialCreditCode ? SubjectRows.INSERT_ORGANISATION : SubjectRows.INSERT_PERSON)
			.params(SubjectRows.values(key, identifier, cleanName, vault))
			.update();
		if (!claims.claim(identifier, key)) {
			// another transaction registered the same identifier first: keep theirs
			jdbc.sql("delete from subjects where subject_key = ?").param(key.value()).update();
			return lookups.find(identifier).orElseThrow();
		}
		return lookups.find(key).orElseThrow();
	}
}
