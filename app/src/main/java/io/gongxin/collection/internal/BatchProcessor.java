package io.gongxin.collection.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.collection.RecordError;
import io.gongxin.record.Records;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one batch: streams its rows, checks each in memory, and commits them chunk by chunk (subjects
 * registered in bulk, rows merged set-based, errors and progress written together). After a crash the
 * batch resumes after the last committed row.
 */
@Component
class BatchProcessor {

	private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);

	private final BatchStore store;

	private final BatchMerge merge;

	private final RecordValidation validation;

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	private final Subjects subjects;

	private final Records records;

	private final TransactionTemplate transactions;

	private final ObjectMapper json;

	private final MessageSource messages;

	private final Clock clock;

	private final int chunkSize;

	private final BatchFiles files;

	private final long maxEntry;

	private final RejectedRows rejected;

	/** Set by Spring after construction (tests that build a processor by hand have none). */
	private io.gongxin.platform.Meters meters;

	BatchProcessor(BatchStore store, BatchFiles files, RejectedRows rejected, BatchMerge merge, RecordValidation validation, Catalogs catalogs,
			ProviderPermissions permissions, Subjects subjects, Records records, TransactionTemplate transactions,
			ObjectMapper json, MessageSource messages, Clock clock,
			@Value("${gongxin.batches.chunk-size:10000}") int chunkSize,
			@Value("${gongxin.batches.max-entry-size:256MB}") org.springframework.util.unit.DataSize maxEntry) {
		this.store = store;
		this.files = files;
		this.rejected = rejected;
		this.maxEntry = maxEntry == null ? Long.MAX_VALUE : maxEntry.toBytes();
		this.merge = merge;
		this.validation = validation;
		this.catalogs = catalogs;
		this.permissions = permissions;
		this.subjects = subjects;
		this.records = records;
		this.transactions = transactions;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
		this.chunkSize = chunkSize;
	}

	/** Thrown between rows when the node is stopping: the rows read since the last commit are left for the next owner. */
	static final class Stopped extends RuntimeException {

		Stopped() {
			super("stopping", null, false, false);
		}
	}

	@org.springframework.beans.factory.annotation.Autowired
	void meters(io.gongxin.platform.Meters meters) {
		this.meters = meters;
	}

	/**
	 * Runs the batch to its end, from the row after the last committed chunk. The file is unsealed into a
	 * work file for the run only; the stored upload is deleted with the outcome (DONE or FAILED), in the
	 * outcome's transaction. Every write checks the lease first ({@link BatchStore#fence}); a lost lease
	 * ends the run with {@link BatchStore.LeaseLostException}, having written nothing more.
	 * @param stopping asked before each row; when true the run ends with {@link Stopped}
	 */
	void process(BatchStore.Lease lease, java.util.function.BooleanSupplier stopping) {
		UUID id = lease.batch();
		BatchStore.Batch batch = store.find(id).orElseThrow();
		CatalogDocument catalog = catalogs.published();
		CatalogItem item = catalog.item(batch.item()).orElse(null);
		if (item == null) {
			failWith(batch, new BatchFileException("UNKNOWN_ITEM", 1), lease);
			return;
		}
		RecordValidation.Context context = new RecordValidation.Context(catalog, permissions.items(batch.provider()),
				LocalDate.now(clock), Locale.SIMPLIFIED_CHINESE);
		Chunk chunk = new Chunk(batch, lease, catalog.version());
		Path file = null;
		try {
			file = files.unseal(id, batch.storedPath());
			if (Files.size(file) == 0) {
				failWith(batch, new BatchFileException("FILE_MISSING", 0), lease);
				return;
			}
			try (RowSource rows = open(batch.format(), file, item)) {
				SourceRow row;
				while ((row = rows.next()) != null) {
					if (row.number() <= batch.rowsDone()) {
						continue;
					}
					if (stopping.getAsBoolean()) {
						throw new Stopped();
					}
					if (!chunk.accepts(row)) {
						chunk.flush();
					}
					chunk.add(row, row.cellErrors().isEmpty() ? validation.check(row.record(), context)
							: new RecordValidation.Checked(null, row.cellErrors()));
					if (chunk.size() >= chunkSize) {
						chunk.flush();
					}
				}
				chunk.flush();
				transactions.executeWithoutResult(status -> {
					store.fence(lease);
					store.finish(lease);
					files.delete(id, batch.storedPath());
				});
			}
			catch (BatchFileException ex) {
				chunk.flush();
				failWith(batch, withSuggestion(ex, item, catalog), lease);
			}
		}
		catch (IOException ex) {
			log.warn("Batch {} could not be read: {}", id, ex.getClass().getName());
			failWith(batch, new BatchFileException("MALFORMED_FILE", 0), lease);
		}
		finally {
			if (file != null) {
				files.deleteWorkFile(file);
			}
		}
	}

	/** A header whose columns are mostly another item's names that item (see {@link ItemSuggestion}). */
	private BatchFileException withSuggestion(BatchFileException ex, CatalogItem item, CatalogDocument catalog) {
		if (!"INVALID_HEADER".equals(ex.code())) {
			return ex;
		}
		return ItemSuggestion.of(ex.errors(), item, catalog).map(other -> {
			List<RecordError> errors = new ArrayList<>(ex.errors());
			errors.add(0, new RecordError("file", ItemSuggestion.CODE, messages.getMessage("batch.error.ITEM_SUGGESTED",
					new Object[] { item.name(), other.name(), other.code() }, Locale.SIMPLIFIED_CHINESE)));
			return new BatchFileException(ex.code(), ex.row(), errors);
		}).orElse(ex);
	}

	RowSource open(BatchFormat format, Path file, CatalogItem item) throws IOException {
		return switch (format) {
			case CSV -> new CsvRows(file, item);
			case XLSX -> new XlsxRows(file, item, maxEntry);
			case JSONL -> new JsonLinesRows(file, item.code(), json);
		};
	}

	/** Fails a batch whose starts are exhausted: it has no owner left, so no lease is checked. */
	void fail(UUID id, String code) {
		store.find(id).ifPresent(batch -> failWith(batch, new BatchFileException(code, 0), null));
	}

	/** Fails a batch that ended without a file-level reason (a throwable in the worker), if it is still this worker's. */
	void fail(BatchStore.Lease lease, String code) {
		store.find(lease.batch()).ifPresent(batch -> failWith(batch, new BatchFileException(code, 0), lease));
	}

	private void failWith(BatchStore.Batch batch, BatchFileException ex, BatchStore.Lease lease) {
		transactions.executeWithoutResult(status -> {
			if (lease != null) {
				store.fence(lease);
			}
			List<BatchStore.RowError> errors = ex.errors()
				.stream()
				.map(e -> new BatchStore.RowError(ex.row(), new RecordError(e.field(), e.code(),
						e.message().equals(e.code()) ? message(e.code()) : e.message())))
				.toList();
			store.errors(batch.id(), errors);
			store.fail(batch.id(), ex.code());
			files.delete(batch.id(), batch.storedPath());
		});
	}

	private String message(String code) {
		return messages.getMessage("batch.error." + code, null, code, Locale.SIMPLIFIED_CHINESE);
	}

	/** The rows waiting for their transaction. */
	private final class Chunk {

		private final BatchStore.Batch batch;

		private final BatchStore.Lease lease;

		private final String catalogVersion;

		private final List<SourceRow> rows = new ArrayList<>();

		private final List<RecordValidation.Checked> checks = new ArrayList<>();

		private final Set<String> sourceRefs = new HashSet<>();

		/** Rejected rows kept for the error report so far (read once, on the first chunk of this run). */
		private int keptRows = -1;

		Chunk(BatchStore.Batch batch, BatchStore.Lease lease, String catalogVersion) {
			this.batch = batch;
			this.lease = lease;
			this.catalogVersion = catalogVersion;
		}

		/** A source reference may appear once per chunk; a repeat starts the next chunk (last one wins). */
		boolean accepts(SourceRow row) {
			Object ref = row.record().sourceRef();
			return ref == null || !sourceRefs.contains(String.valueOf(ref).strip());
		}

		void add(SourceRow row, RecordValidation.Checked checked) {
			rows.add(row);
			checks.add(checked);
			if (checked.valid()) {
				sourceRefs.add(checked.record().sourceRef());
			}
		}

		int size() {
			return rows.size();
		}

		void flush() {
			if (rows.isEmpty()) {
				return;
			}
			transactions.executeWithoutResult(status -> commit());
			rows.clear();
			checks.clear();
			sourceRefs.clear();
		}

		private void commit() {
			long started = System.nanoTime();
			// first: still ours? (and the row stays locked, so no takeover can claim it until this commits)
			store.fence(lease);
			records.lockProvider(batch.provider());
			Map<SubjectIdentifier, String> names = new LinkedHashMap<>();
			List<BatchStore.RowError> errors = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				RecordValidation.Checked check = checks.get(i);
				if (check.valid()) {
					names.merge(check.record().subject(), String.valueOf(check.record().subjectName()),
							(a, b) -> a.equals("null") ? b : a);
				}
				else {
					int row = rows.get(i).number();
					check.errors().forEach(e -> errors.add(new BatchStore.RowError(row, e)));
				}
			}
			names.replaceAll((id, name) -> name.equals("null") ? null : name);
			Map<SubjectIdentifier, SubjectKey> keys = names.isEmpty() ? Map.of() : subjects.registerAll(names);
			long subjectsDone = System.nanoTime();
			List<BatchMerge.StagedRow> staged = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				ValidRecord record = checks.get(i).record();
				if (record != null) {
					staged.add(new BatchMerge.StagedRow(rows.get(i).number(), record.sourceRef(),
							keys.get(record.subject()).value(), record));
				}
			}
			BatchMerge.Merged merged = merge.merge(batch.id(), batch.provider(), batch.username(), batch.item(),
					catalogVersion, staged);
			if (log.isDebugEnabled()) {
				log.debug("batch {}: {} rows, subjects {} ms, merge {} ms", batch.id(), rows.size(),
						(subjectsDone - started) / 1_000_000, (System.nanoTime() - subjectsDone) / 1_000_000);
			}
			merged.revokedRows()
				.forEach(row -> errors.add(new BatchStore.RowError(row,
						new RecordError("sourceRef", "RECORD_REVOKED", messages.getMessage("record.error.RECORD_REVOKED",
								new Object[] { ColumnLabels.of("sourceRef", null, messages, Locale.SIMPLIFIED_CHINESE) },
								Locale.SIMPLIFIED_CHINESE)))));
			store.errors(batch.id(), errors);
			Set<Integer> rejectedNumbers = new HashSet<>();
			errors.forEach(e -> rejectedNumbers.add(e.row()));
			if (keptRows < 0) {
				keptRows = rejected.count(batch.id());
			}
			keptRows += rejected.keep(batch.id(),
					rows.stream().filter(r -> rejectedNumbers.contains(r.number())).toList(), RejectedRows.MAX_ROWS - keptRows);
			int rejectedRows = (int) errors.stream().map(BatchStore.RowError::row).distinct().count();
			store.progress(lease, rows.size(), rows.size() - rejectedRows, rejectedRows,
					rows.get(rows.size() - 1).number());
			if (meters != null) { // all three count once the chunk commits
				meters.batchRows(batch.provider(), batch.item(), rows.size());
				meters.recordsAccepted(batch.provider(), batch.item(), "BATCH", rows.size() - rejectedRows);
				meters.recordsRejected(batch.provider(), batch.item(), "BATCH", rejectedRows);
			}
		}
	}
}
