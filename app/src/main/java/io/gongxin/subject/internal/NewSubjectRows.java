package io.gongxin.subject.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.UnifiedSocialCreditCode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Many new subjects inserted at once ({@link BulkRegistration}), a person's number encrypted. */
@Repository
class NewSubjectRows {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final IdentifierVault vault;

	private final LookupClaims claims;

	NewSubjectRows(JdbcClient jdbc, JdbcTemplate batch, IdentifierVault vault, LookupClaims claims) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.vault = vault;
		this.claims = claims;
	}

	/** Inserts the subjects under fresh keys and claims their lookups (where no one claimed them first). */
	List<Long> insert(List<SubjectIdentifier> missing, Map<SubjectIdentifier, String> names) {
		List<Long> fresh = jdbc.sql("select nextval('subject_key_seq') from generate_series(1, ?)")
			.param(missing.size())
			.query(Long.class)
			.list();
		List<Object[]> organisations = new ArrayList<>();
		List<Object[]> persons = new ArrayList<>();
		for (int i = 0; i < missing.size(); i++) {
			SubjectIdentifier id = missing.get(i);
			SubjectKey key = new SubjectKey(fresh.get(i));
			String name = SubjectRows.clean(names.get(id));
			(id instanceof UnifiedSocialCreditCode ? organisations : persons).add(SubjectRows.values(key, id, name, vault));
		}
		batch.batchUpdate(SubjectRows.INSERT_ORGANISATION, organisations);
		batch.batchUpdate(SubjectRows.INSERT_PERSON, persons);
		claims.claimAll(missing, fresh);
		return fresh;
	}
}
