package io.gongxin.batch.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.gongxin.record.Records;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The set-based half of a batch: the chunk's valid rows staged by one {@code COPY} ({@link ChunkStaging}), then
 * a handful of statements merge them into the record store: new records inserted, earlier ones corrected
 * ({@link ChunkCorrections}), the collection log written. Runs inside the chunk's transaction.
 */
@Component
class BatchMerge {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Records records;

	private final ChunkStaging staging;

	private final ChunkCorrections corrections;

	BatchMerge(JdbcClient jdbc, Clock clock, Records records, ChunkStaging staging, ChunkCorrections corrections) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.records = records;
		this.staging = staging;
		this.corrections = corrections;
	}

	/** How many rows of the chunk were created, updated and unchanged, and which were refused as revoked. */
	record Merged(int created, int updated, int unchanged, List<Integer> revokedRows) {
	}

	/** The batch a chunk belongs to, and the catalog version its rows were checked against. */
	record Target(Batch batch, String catalogVersion) {

		UUID id() {
			return batch.id();
		}

		String provider() {
			return batch.provider();
		}

		String username() {
			return batch.username();
		}

		String item() {
			return batch.item();
		}
	}

	Merged merge(Target target, List<StagedRow> rows) {
		if (rows.isEmpty()) {
			return new Merged(0, 0, 0, List.of());
		}
		int existing = staging.stage(target.provider(), target.id(), rows);
		int created = rows.size() - existing;
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (created > 0) {
			insertCreated(target, now);
		}
		ChunkCorrections.Corrected corrected = existing == 0 ? new ChunkCorrections.Corrected(0, List.of())
				: corrections.correct(target, now);
		records.merged(merged("CREATED"), merged("UPDATED"));
		logOutcomes(target, now);
		return new Merged(created, corrected.updated(),
				rows.size() - created - corrected.updated() - corrected.revokedRows().size(), corrected.revokedRows());
	}

	/** The records the chunk merged with that outcome (their events are published by the record store). */
	private List<Long> merged(String outcome) {
		return jdbc.sql("select record_id from batch_chunk where outcome = ?").param(outcome).query(Long.class).list();
	}

	/** The chunk's new records and their keys. */
	private void insertCreated(Target target, OffsetDateTime now) {
		jdbc.sql("""
				insert into record_keys (provider, source_ref, subject_key, record_id)
				select ?, source_ref, subject_key, record_id from batch_chunk where outcome = 'CREATED'""")
			.param(target.provider())
			.update();
		jdbc.sql("""
				insert into records (subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on,
				                     ended_on, fields, late, version, submitted_at, updated_at, updated_by)
				select subject_key, record_id, ?, ?, ?, source_ref, occurred_on, ended_on, fields, late, 1, ?, ?, ?
				  from batch_chunk where outcome = 'CREATED'""")
			.params(target.item(), target.catalogVersion(), target.provider(), now, now, target.username())
			.update();
	}

	/** The collection log's line for every stored row (R-09b). */
	private void logOutcomes(Target target, OffsetDateTime now) {
		jdbc.sql("""
				insert into collection_log (at, provider, username, channel, batch_id, item, source_ref, subject_key, record_id,
				                            outcome, late)
				select ?, ?, ?, 'BATCH', ?, ?, source_ref, subject_key, record_id, outcome, late
				  from batch_chunk where outcome in ('CREATED', 'UPDATED', 'UNCHANGED')""")
			.params(now, target.provider(), target.username(), target.id(), target.item())
			.update();
	}
}
