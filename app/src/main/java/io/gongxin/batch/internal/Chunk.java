package io.gongxin.batch.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checked rows of a batch waiting for their transaction ({@link ChunkCommits}). */
final class Chunk {

	final MergeTarget target;

	final Lease lease;

	final List<CheckedRow> rows = new ArrayList<>();

	private final Set<String> sourceRefs = new HashSet<>();

	/** Rejected rows kept for the error report so far (read once, on the first chunk of this run). */
	int keptRows = -1;

	Chunk(MergeTarget target, Lease lease) {
		this.target = target;
		this.lease = lease;
	}

	/** A source reference may appear once per chunk; a repeat starts the next chunk (last one wins). */
	boolean accepts(SourceRow row) {
		Object ref = row.record().sourceRef();
		return ref == null || !sourceRefs.contains(String.valueOf(ref).strip());
	}

	void add(CheckedRow row) {
		rows.add(row);
		if (row.check().valid()) {
			sourceRefs.add(row.check().record().sourceRef());
		}
	}

	int size() {
		return rows.size();
	}

	boolean isEmpty() {
		return rows.isEmpty();
	}

	int lastRow() {
		return rows.get(rows.size() - 1).row().number();
	}

	void clear() {
		rows.clear();
		sourceRefs.clear();
	}
}
