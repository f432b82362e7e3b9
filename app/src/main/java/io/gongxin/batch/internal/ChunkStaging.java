package io.gongxin.batch.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A chunk's valid rows in the temporary table {@code batch_chunk}, by one binary {@code COPY} ({@link ChunkCopy}): each
 * with its record id, and whether it is new ({@code CREATED}) or names an earlier record of the provider
 * ({@code EXISTING}).
 */
@Component
class ChunkStaging {

	private final JdbcClient jdbc;

	private final StagingRows staged;

	private final ChunkCopy copy;

	ChunkStaging(JdbcClient jdbc, StagingRows staged, ChunkCopy copy) {
		this.jdbc = jdbc;
		this.staged = staged;
		this.copy = copy;
	}

	/** Stages the rows; returns how many name an earlier record. */
	int stage(String provider, UUID batch, List<StagedRow> rows) {
		Map<String, Long> existing = existingKeys(provider, rows);
		int created = rows.size() - existing.size();
		List<Long> fresh = created == 0 ? List.of()
				: jdbc.sql("select nextval('record_id_seq') from generate_series(1, ?)").param(created).query(Long.class).list();
		copy.copy(staged.of(batch, rows, existing, fresh));
		return existing.size();
	}

	/** One indexed lookup for the whole chunk: which source references the provider has used before. */
	private Map<String, Long> existingKeys(String provider, List<StagedRow> rows) {
		Map<String, Long> existing = new HashMap<>();
		jdbc.sql("select source_ref, record_id from record_keys where provider = ? and source_ref = any(?)")
			.params(provider, rows.stream().map(StagedRow::sourceRef).toArray(String[]::new))
			.query((rs, n) -> existing.put(rs.getString(1), rs.getLong(2)))
			.list();
		return existing;
	}
}
