package io.gongxin.batch.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The set-based half of a batch: the chunk's valid rows staged by one {@code COPY} ({@link ChunkStaging}), then
 * a handful of statements merge them into the record store: new records inserted ({@link ChunkInsertions}),
 * earlier ones corrected ({@link ChunkCorrections}), the outcomes published and logged ({@link ChunkOutcomes}).
 * Runs inside the chunk's transaction.
 */
@Component
class BatchMerge {

	private final Clock clock;

	private final ChunkStaging staging;

	private final ChunkInsertions insertions;

	private final ChunkCorrections corrections;

	private final ChunkOutcomes outcomes;

	BatchMerge(Clock clock, ChunkStaging staging, ChunkInsertions insertions, ChunkCorrections corrections,
			ChunkOutcomes outcomes) {
		this.clock = clock;
		this.staging = staging;
		this.insertions = insertions;
		this.corrections = corrections;
		this.outcomes = outcomes;
	}

	/** How many rows of the chunk were created, updated and unchanged, and which were refused as revoked. */
	record Merged(int created, int updated, int unchanged, List<Integer> revokedRows) {
	}

	Merged merge(MergeTarget target, List<StagedRow> rows) {
		if (rows.isEmpty()) {
			return new Merged(0, 0, 0, List.of());
		}
		int existing = staging.stage(target.provider(), target.id(), rows);
		int created = rows.size() - existing;
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (created > 0) {
			insertions.insert(target, now);
		}
		ChunkCorrections.Corrected corrected = existing == 0 ? new ChunkCorrections.Corrected(0, List.of())
				: corrections.correct(target, now);
		outcomes.publish();
		outcomes.log(target, now);
		return new Merged(created, corrected.updated(),
				rows.size() - created - corrected.updated() - corrected.revokedRows().size(), corrected.revokedRows());
	}
}
