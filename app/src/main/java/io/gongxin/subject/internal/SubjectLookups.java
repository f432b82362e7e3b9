package io.gongxin.subject.internal;

import java.util.Optional;

import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.UnifiedSocialCreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A subject found by its identifier through {@code subject_lookup} (a person's number only as its blind index), or by key. */
@Repository
class SubjectLookups {

	private final JdbcClient jdbc;

	private final BlindIndex index;

	private final IdentifierVault vault;

	SubjectLookups(JdbcClient jdbc, BlindIndex index, IdentifierVault vault) {
		this.jdbc = jdbc;
		this.index = index;
		this.vault = vault;
	}

	Optional<Subject> find(SubjectIdentifier identifier) {
		return jdbc.sql("select " + SubjectRows.COLUMNS.replace("subject_key", "s.subject_key")
				+ " from subject_lookup l join subjects s on s.subject_key = l.subject_key where l.lookup = ?")
			.param(index.lookup(identifier))
			.query(SubjectRows::subject)
			.optional();
	}

	Optional<Subject> find(SubjectKey key) {
		return jdbc.sql("select " + SubjectRows.COLUMNS + " from subjects where subject_key = ?")
			.param(key.value())
			.query(SubjectRows::subject)
			.optional();
	}

	/** The whole identifier, a person's number decrypted. */
	SubjectIdentifier identifierOf(SubjectKey key) {
		return jdbc.sql("select uscc, legacy_code, id_ciphertext from subjects where subject_key = ?")
			.param(key.value())
			.query((rs, row) -> rs.getString("uscc") != null
					? (SubjectIdentifier) new UnifiedSocialCreditCode(rs.getString("uscc"), rs.getBoolean("legacy_code"))
					: vault.decrypt(rs.getBytes("id_ciphertext"), key))
			.single();
	}
}
