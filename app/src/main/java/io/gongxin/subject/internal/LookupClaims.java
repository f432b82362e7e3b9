package io.gongxin.subject.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code subject_lookup}: who claims an identifier first keeps it; a person's number only as its blind index. */
@Repository
class LookupClaims {

	private static final String CLAIM =
			"insert into subject_lookup (lookup, subject_key) values (?, ?) on conflict do nothing";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final BlindIndex index;

	LookupClaims(JdbcClient jdbc, JdbcTemplate batch, BlindIndex index) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.index = index;
	}

	/** Claims the identifier for the subject: whether no one claimed it first. */
	boolean claim(SubjectIdentifier identifier, SubjectKey key) {
		return jdbc.sql(CLAIM).params(index.lookup(identifier), key.value()).update() != 0;
	}

	/** Claims each identifier for the subject of the same position, where no one claimed it first. */
	void claimAll(List<SubjectIdentifier> identifiers, List<Long> keys) {
		batch.batchUpdate(CLAIM, IntStream.range(0, identifiers.size())
			.mapToObj(i -> new Object[] { index.lookup(identifiers.get(i)), keys.get(i) })
			.toList());
	}

	/** The subjects that claimed those identifiers, found with one query. */
	Map<SubjectIdentifier, SubjectKey> known(Collection<SubjectIdentifier> identifiers) {
		Map<String, SubjectIdentifier> byLookup = new HashMap<>();
		identifiers.forEach(id -> byLookup.put(index.lookup(id), id));
		Map<SubjectIdentifier, SubjectKey> keys = new HashMap<>();
		if (!byLookup.isEmpty()) {
			jdbc.sql("select lookup, subject_key from subject_lookup where lookup = any(?)")
				.param(byLookup.keySet().toArray(String[]::new))
				.query((rs, row) -> keys.put(byLookup.get(rs.getString(1)), new SubjectKey(rs.getLong(2))))
				.list();
		}
		return keys;
	}
}
