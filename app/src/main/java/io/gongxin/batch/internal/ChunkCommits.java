package io.gongxin.batch.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * ({@link BatchMerge}), errors, rejected rows and progress written together. The lease is checked first, so a
 * worker whose batch was taken over writes nothing.
 */
@Component
class ChunkCommits {

	private static final Logger log = LoggerFactory.getLogger(ChunkCommits.class);

	private final BatchStore store;

	private final BatchMerge merge;

	private final RejectedRows rejected;

	private final Subjects subjects;

	private final Records records;

	private final TransactionTemplate transactions;

	private final RecordCheck checks;

	/** Set by Spring after construction (tests that build one by hand have none). */
	private Meters meters;

	ChunkCommits(BatchStore store, BatchMerge merge, RejectedRows rejected, Subjects subjects, Records records,
			TransactionTemplate transactions, RecordCheck checks) {
		this.store = store;
		this.merge = merge;
		this.rejected = rejected;
		this.subjects = subjects;
		this.records = records;
		this.transactions = transactions;
		this.checks = checks;
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
		store.fence(chunk.lease);
		records.lockProvider(chunk.batch.provider());
		List<BatchStore.RowError> errors = refused(chunk);
		Map<SubjectIdentifier, SubjectKey> keys = registerSubjects(chunk);
		long subjectsDone = System.nanoTime();
		BatchMerge.Merged merged = merge.merge(new BatchMerge.Target(chunk.batch, chunk.catalogVersion), staged(chunk, keys));
		if (log.isDebugEnabled()) {
			log.debug("batch {}: {} rows, subjects {} ms, merge {} ms", chunk.batch.id(), chunk.size(),
					(subjectsDone - started) / 1_000_000, (System.nanoTime() - subjectsDone) / 1_000_000);
		}
		merged.revokedRows().forEach(row -> errors.add(new BatchStore.RowError(row, revoked())));
		store.errors(chunk.batch.id(), errors);
		keepRejected(chunk, errors);
		progress(chunk, (int) errors.stream().map(BatchStore.RowError::row).distinct().count());
	}

	/** The errors of the rows that failed their check, each numbered as the spreadsheet shows it. */
	private static List<BatchStore.RowError> refused(Chunk chunk) {
		List<BatchStore.RowError> errors = new ArrayList<>();
		for (int i = 0; i < chunk.size(); i++) {
			int row = chunk.rows.get(i).number();
			chunk.checks.get(i).errors().forEach(e -> errors.add(new BatchStore.RowError(row, e)));
		}
		return errors;
	}

	/** The valid rows' subjects registered in one go; a subject's first non-empty name wins. */
	private Map<SubjectIdentifier, SubjectKey> registerSubjects(Chunk chunk) {
		Map<SubjectIdentifier, String> names = new LinkedHashMap<>();
		chunk.checks.stream().filter(RecordCheck.Checked::valid).map(RecordCheck.Checked::record)
			.forEach(r -> names.merge(r.subject(), String.valueOf(r.subjectName()), (a, b) -> a.equals("null") ? b : a));
		names.replaceAll((id, name) -> name.equals("null") ? null : name);
		return names.isEmpty() ? Map.of() : subjects.registerAll(names);
	}

	private static List<BatchMerge.StagedRow> staged(Chunk chunk, Map<SubjectIdentifier, SubjectKey> keys) {
		List<BatchMerge.StagedRow> staged = new ArrayList<>();
		for (int i = 0; i < chunk.size(); i++) {
			ValidRecord record = chunk.checks.get(i).record();
			if (record != null) {
				staged.add(new BatchMerge.StagedRow(chunk.rows.get(i).number(), record.sourceRef(),
						keys.get(record.subject()).value(), record));
			}
		}
		return staged;
	}

	private io.gongxin.collection.RecordError revoked() {
		return checks.revokedSourceRef(Locale.SIMPLIFIED_CHINESE);
	}

	/** The refused rows as they were read, for the error report, up to {@link RejectedRows#MAX_ROWS} a batch. */
	private void keepRejected(Chunk chunk, List<BatchStore.RowError> errors) {
		Set<Integer> numbers = new HashSet<>();
		errors.forEach(e -> numbers.add(e.row()));
		if (chunk.keptRows < 0) {
			chunk.keptRows = rejected.count(chunk.batch.id());
		}
		chunk.keptRows += rejected.keep(chunk.batch.id(),
				chunk.rows.stream().filter(r -> numbers.contains(r.number())).toList(),
				RejectedRows.MAX_ROWS - chunk.keptRows);
	}

	private void progress(Chunk chunk, int rejectedRows) {
		BatchStore.Batch batch = chunk.batch;
		store.progress(chunk.lease, chunk.size(), chunk.size() - rejectedRows, rejectedRows, chunk.lastRow());
		if (meters != null) { // all three count once the chunk commits
			meters.batchRows(batch.provider(), batch.item(), chunk.size());
			meters.recordsAccepted(batch.provider(), batch.item(), "BATCH", chunk.size() - rejectedRows);
			meters.recordsRejected(batch.provider(), batch.item(), "BATCH", rejectedRows);
		}
	}
}
