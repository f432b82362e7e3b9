package io.gongxin.batch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RecordCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs one batch: streams its rows, checks each in memory, and commits them chunk by chunk
 * ({@link ChunkCommits}), the next chunk read and checked on a second thread while this one commits
 * ({@link ReadAhead}, {@link ChunkReader}). After a crash the batch resumes after the last committed row.
 */
@Component
class BatchProcessor {

	private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);

	private final BatchStore store;

	private final BatchFiles files;

	private final RowSources sources;

	private final RowChecks checks;

	private final ChunkCommits commits;

	private final BatchOutcomes outcomes;

	private final FileErrorTexts texts;

	private final int chunkSize;

	BatchProcessor(BatchStore store, BatchFiles files, RowSources sources, RowChecks checks,
			ChunkCommits commits, BatchOutcomes outcomes, FileErrorTexts texts,
			@Value("${gongxin.batches.chunk-size:10000}") int chunkSize) {
		this.store = store;
		this.files = files;
		this.sources = sources;
		this.checks = checks;
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
	 * ends the run with {@link LeaseLostException}, having written nothing more. The next chunk is read and
	 * checked on a second thread while this one commits ({@link ReadAhead}).
	 * @param stopping asked by the reader before each row and by the committing thread before each chunk; when true
	 * the run ends with {@link Stopped}
	 */
	void process(Lease lease, BooleanSupplier stopping) {
		process(lease, stopping, chunk -> {
		});
	}

	/** @param beforeCommit told on the committing thread before each chunk of this run (1, 2, ...) commits */
	void process(Lease lease, BooleanSupplier stopping, IntConsumer beforeCommit) {
		long started = System.nanoTime();
		Batch batch = store.find(lease.batch()).orElseThrow();
		RecordCheck.Context context = checks.contextFor(batch.provider());
		CatalogItem item = context.catalog().item(batch.item()).orElse(null);
		if (item == null) {
			outcomes.fail(batch, new BatchFileException("UNKNOWN_ITEM", 1), lease);
			return;
		}
		Path file = null;
		try {
			file = files.unseal(batch.id(), batch.storedPath());
			if (log.isDebugEnabled()) { // the wait since the upload: this line's time against the upload's DEBUG line
				log.debug("batch {}: file unsealed in {} ms ({} bytes)", batch.id(), millisSince(started), Files.size(file));
			}
			if (Files.size(file) == 0) {
				outcomes.fail(batch, new BatchFileException("FILE_MISSING", 0), lease);
				return;
			}
			Chunk first = new Chunk(new MergeTarget(batch, context.catalog().version()), lease);
			run(new ChunkReader(sources, checks, context, first, file, item, chunkSize, stopping), stopping,
					beforeCommit);
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
		log.debug("batch {}: run ended after {} ms", batch.id(), millisSince(started));
	}

	/**
	 * Commits the chunks as the reader hands them on, in order; a fault of the file fails the batch after the rows
	 * before it. Whatever ends the run here stops the reader too.
	 */
	private void run(ChunkReader reader, BooleanSupplier stopping, IntConsumer beforeCommit) throws IOException {
		Chunk first = reader.first();
		long waited = 0;
		try (ReadAhead chunks = new ReadAhead("gongxin-batch-read", reader)) {
			int kept = first.keptRows;
			int count = 0;
			long asked = System.nanoTime();
			for (Chunk chunk; (chunk = chunks.next()) != null; asked = System.nanoTime()) {
				waited += System.nanoTime() - asked;
				beforeCommit.accept(++count);
				if (stopping.getAsBoolean()) {
					throw new Stopped();
				}
				chunk.keptRows = kept;
				commits.flush(chunk);
				kept = chunk.keptRows;
			}
			outcomes.done(first.target.batch(), first.lease);
		}
		catch (BatchFileException ex) {
			outcomes.fail(first.target.batch(), texts.withSuggestion(ex, reader.item(), reader.context().catalog()),
					first.lease);
		}
		finally {
			log.debug("batch {}: the committing thread waited {} ms for the reader", first.target.id(), waited / 1_000_000);
		}
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
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
