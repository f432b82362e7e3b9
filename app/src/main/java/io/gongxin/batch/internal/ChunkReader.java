package io.gongxin.batch.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RecordCheck;

/**
 * The reading side of a run ({@link ReadAhead}): the file's rows after the last committed one, each checked
 * exactly as a submission is ({@link RowChecks}), cut into chunks of at most {@code size} rows (a source reference repeated within a
 * chunk starts the next one) and handed on in order. A fault of the file hands on the rows read before it first,
 * then ends the reading with the fault; a stop ends it at the next row.
 */
record ChunkReader(RowSources sources, RowChecks checks, RecordCheck.Context context, Chunk first, Path file,
		CatalogItem item, int size, BooleanSupplier stopping) implements ReadAhead.Reading {

	@Override
	public void read(ReadAhead out) throws IOException {
		Chunk chunk = first;
		try (RowSource rows = sources.open(first.target.batch().format(), file, item)) {
			int done = first.target.batch().rowsDone();
			SourceRow row;
			while ((row = rows.next()) != null) {
				if (row.number() > done) {
					chunk = take(out, chunk, row);
				}
			}
		}
		catch (BatchFileException ex) {
			handNonEmpty(out, chunk);
			throw ex;
		}
		handNonEmpty(out, chunk);
	}

	/** Adds the checked row to the chunk; returns the chunk the next row goes to. */
	private Chunk take(ReadAhead out, Chunk chunk, SourceRow row) {
		out.checkOpen();
		if (stopping.getAsBoolean()) {
			throw new BatchProcessor.Stopped();
		}
		Chunk into = chunk;
		if (!into.accepts(row)) {
			out.hand(into);
			into = next(into);
		}
		into.add(checks.check(row, context));
		if (into.size() < size) {
			return into;
		}
		out.hand(into);
		return next(into);
	}

	private static Chunk next(Chunk handed) {
		return new Chunk(handed.target, handed.lease);
	}

	private static void handNonEmpty(ReadAhead out, Chunk chunk) {
		if (!chunk.isEmpty()) {
			out.hand(chunk);
		}
	}
}
