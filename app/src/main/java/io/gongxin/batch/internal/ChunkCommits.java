package io.gongxin.batch.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.collection.RecordCheck;
import io.gongxin.collection.ValidRecord;
import io.gongxin.platform.Meters;
import io.gongxin.record.Records;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits one chunk of a batch in one transaction: subjects registered in bulk, valid rows merged set-based
 * ({@link BatchMerge}), errors and rejected rows ({@link ChunkRefusals}) and progress written together. The
 * lease is checked first ({@link BatchLeases}), so a worker whose batch was taken over writes nothing.
 */
@Component
class ChunkCommits {

	private static final Logger log = LoggerFactory.getLogger(ChunkCommits.class);

	private final BatchLeases leases;

	private final BatchMerge merge;

	private final ChunkRefusals refusals;

	private final Subjects subjects;

	private final Records records;

	private final TransactionTemplate transactions;

	/** Set by Spring after construction (tests that build one by hand have none). */
	private Meters meters;

	ChunkCommits(BatchLeases leases, BatchMerge merge, ChunkRefusals refusals, Subjects subjects,
			Records records, TransactionTemplate transactions) {
		this.leases = leases;
		this.merge = merge;
		this.refusals = refusals;
		this.subjects = subjects;
		this.records = records;
		this.transactions = transactions;
	}

	@Autowired
	void meters(Meters meters) {
		this.meters = meters;
	}

	/** Commits the chunk's rows, if any, and empties it. */
	void flush(Chunk chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> commit(chunk));
		chunk.clear();
	}

	private void commit(Chunk chunk) {
		long started = System.nanoTime();
		// first: still ours? (and the row stays locked, so no takeover can claim it until this commits)
		leases.fence(chunk.lease);
		records.lockProvider(chunk.target.provider());
		List<RowError> errors = ChunkRefusals.of(chunk);
		Map<SubjectIdentifier, SubjectKey> keys = registerSubjects(chunk);
		long subjectsDone = System.nanoTime();
		BatchMerge.Merged merged = merge.merge(chunk.target, staged(chunk, keys));
		if (log.isDebugEnabled()) {
			log.debug("batch {}: {} rows, subjects {} ms, merge {} ms", chunk.target.id(), chunk.size(),
					(subjectsDone - started) / 1_000_000, (System.nanoTime() - subjectsDone) / 1_000_000);
		}
		progress(chunk, refusals.keep(chunk, errors, merged.revokedRows()));
	}

	/** The valid rows' subjects registered in one go; a subject's first non-empty name wins. */
	private Map<SubjectIdentifier, SubjectKey> registerSubjects(Chunk chunk) {
		Map<SubjectIdentifier, String> names = new LinkedHashMap<>();
		chunk.rows.stream().map(CheckedRow::check).filter(RecordCheck.Checked::valid).map(RecordCheck.Checked::record)
			.forEach(r -> names.merge(r.subject(), String.valueOf(r.subjectName()), (a, b) -> a.equals("null") ? b : a));
		names.replaceAll((id, name) -> name.equals("null") ? null : name);
		return names.isEmpty() ? Map.of() : subjects.registerAll(names);
	}

	private static List<StagedRow> staged(Chunk chunk, Map<SubjectIdentifier, SubjectKey> keys) {
		List<StagedRow> staged = new ArrayList<>();
		for (CheckedRow row : chunk.rows) {
			ValidRecord record = row.check().record();
			if (record != null) {
				staged.add(new StagedRow(row.row().number(), record.sourceRef(), keys.get(record.subject()).value(),
						record, row.fields()));
			}
		}
		return staged;
	}

	private void progress(Chunk chunk, int rejectedRows) {
		Batch batch = chunk.target.batch();
		leases.progress(chunk.lease, chunk.size(), chunk.size() - rejectedRows, rejectedRows, chunk.lastRow());
		if (meters != null) { // all three count once the chunk commits
			meters.batchRows(batch.provider(), batch.item(), chunk.size());
			meters.recordsAccepted(batch.provider(), batch.item(), "BATCH", chunk.size() - rejectedRows);
			meters.recordsRejected(batch.provider(), batch.item(), "BATCH", rejectedRows);
		}
	}
}
