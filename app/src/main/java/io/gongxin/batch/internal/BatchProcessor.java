package io.gongxin.batch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RecordCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs one batch: streams its rows, checks each in memory, and commits them chunk by chunk
 * ({@link ChunkCommits}). After a crash the batch resumes after the last committed row.
 */
@Component
class BatchProcessor {

	private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);

	private final BatchStore store;

	private final BatchFiles files;

	private final RowSources sources;

	private final RecordCheck validation;

	private final ChunkCommits commits;

	private final BatchOutcomes outcomes;

	private final FileErrorTexts texts;

	private final int chunkSize;

	BatchProcessor(BatchStore store, BatchFiles files, RowSources sources, RecordCheck validation,
			ChunkCommits commits, BatchOutcomes outcomes, FileErrorTexts texts,
			@Value("${gongxin.batches.chunk-size:10000}") int chunkSize) {
		this.store = store;
		this.files = files;
		this.sources = sources;
		this.validation = validation;
		this.commits = commits;
		this.outcomes = outcomes;
		this.texts = texts;
		this.chunkSize = chunkSize;
	}

	/** Thrown between rows when the node is stopping: the rows read since the last commit are left for the next owner. */
	static final class Stopped extends RuntimeException {

		Stopped() {
			super("stopping", null, false, false);
		}
	}

	/**
	 * Runs the batch to its end, from the row after the last committed chunk. The file is unsealed into a
	 * work file for the run only; the stored upload is deleted with the outcome (DONE or FAILED), in the
	 * outcome's transaction. Every write checks the lease first ({@link BatchLeases#fence}); a lost lease
	 * ends the run with {@link LeaseLostException}, having written nothing more.
	 * @param stopping asked before each row; when true the run ends with {@link Stopped}
	 */
	void process(Lease lease, BooleanSupplier stopping) {
		Batch batch = store.find(lease.batch()).orElseThrow();
		RecordCheck.Context context = validation.contextFor(batch.provider(), Locale.SIMPLIFIED_CHINESE);
		CatalogItem item = context.catalog().item(batch.item()).orElse(null);
		if (item == null) {
			outcomes.fail(batch, new BatchFileException("UNKNOWN_ITEM", 1), lease);
			return;
		}
		Path file = null;
		try {
			file = files.unseal(batch.id(), batch.storedPath());
			if (Files.size(file) == 0) {
				outcomes.fail(batch, new BatchFileException("FILE_MISSING", 0), lease);
				return;
			}
			run(new Chunk(new MergeTarget(batch, context.catalog().version()), lease), file, item, context, stopping);
		}
		catch (IOException ex) {
			log.warn("Batch {} could not be read: {}", batch.id(), ex.getClass().getName());
			outcomes.fail(batch, new BatchFileException("MALFORMED_FILE", 0), lease);
		}
		finally {
			if (file != null) {
				files.deleteWorkFile(file);
			}
		}
	}

	/** Reads, checks and commits the rows; a fault of the file fails the batch after the rows before it. */
	private void run(Chunk chunk, Path file, CatalogItem item, RecordCheck.Context context,
			BooleanSupplier stopping) throws IOException {
		try (RowSource rows = sources.open(chunk.target.batch().format(), file, item)) {
			SourceRow row;
			while ((row = rows.next()) != null) {
				if (row.number() > chunk.target.batch().rowsDone()) {
					take(chunk, row, context, stopping);
				}
			}
			commits.flush(chunk);
			outcomes.done(chunk.target.batch(), chunk.lease);
		}
		catch (BatchFileException ex) {
			commits.flush(chunk);
			outcomes.fail(chunk.target.batch(), texts.withSuggestion(ex, item, context.catalog()), chunk.lease);
		}
	}

	private void take(Chunk chunk, SourceRow row, RecordCheck.Context context, BooleanSupplier stopping) {
		if (stopping.getAsBoolean()) {
			throw new Stopped();
		}
		if (!chunk.accepts(row)) {
			commits.flush(chunk);
		}
		chunk.add(row, row.cellErrors().isEmpty() ? validation.check(row.record(), context)
				: new RecordCheck.Checked(null, row.cellErrors()));
		if (chunk.size() >= chunkSize) {
			commits.flush(chunk);
		}
	}

	/** Fails a batch whose starts are exhausted: it has no owner left, so no lease is checked. */
	void fail(UUID id, String code) {
		store.find(id).ifPresent(batch -> outcomes.fail(batch, new BatchFileException(code, 0), null));
	}

	/** Fails a batch that ended without a file-level reason (a throwable in the worker), if it is still this worker's. */
	void fail(Lease lease, String code) {
		store.find(lease.batch()).ifPresent(batch -> outcomes.fail(batch, new BatchFileException(code, 0), lease));
	}
}
