package io.gongxin.batch.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The set-based half of a batch: the chunk's valid rows staged by one {@code COPY} ({@link ChunkStaging}), then
 * a handful of statements merge them into the record store: new records inserted ({@link ChunkInsertions}),
 * earlier ones corrected ({@link ChunkCorrections}), the outcomes published and logged ({@link ChunkOutcomes}).
 * Runs inside the chunk's transaction.
 */
@Component
class BatchMerge {

	private static final Logger log = LoggerFactory.getLogger(BatchMerge.class);

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
		long[] at = new long[5];
		at[0] = System.nanoTime();
		int existing = staging.stage(target.provider(), target.id(), rows);
		int created = rows.size() - existing;
		OffsetDateTime now = OffsetDateTime.now(clock);
		at[1] = System.nanoTime();
		if (created > 0) {
			insertions.insert(target, now);
		}
		ChunkCorrections.Corrected corrected = existing == 0 ? new ChunkCorrections.Corrected(0, List.of())
				: corrections.correct(target, now);
		at[2] = System.nanoTime();
		outcomes.publish(target, now);
		at[3] = System.nanoTime();
		outcomes.log(target, now);
		at[4] = System.nanoTime();
		if (log.isDebugEnabled()) {
			log.debug("batch {}: staged {} ms, inserted and corrected {} ms, published {} ms, logged {} ms", target.id(),
					(at[1] - at[0]) / 1_000_000, (at[2] - at[1]) / 1_000_000, (at[3] - at[2]) / 1_000_000,
					(at[4] - at[3]) / 1_000_000);
		}
		return new Merged(created, corrected.updated(),
				rows.size() - created - corrected.updated() - corrected.revokedRows().size(), corrected.revokedRows());
	}
}
