package io.gongxin.batch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RecordError;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a batch ends: DONE, or FAILED with the file-level reason and its errors. Either way the stored upload is
 * deleted in the outcome's transaction, after the lease is checked (when the batch still has an owner).
 */
@Component
class BatchOutcomes {

	private final BatchStore store;

	private final BatchLeases leases;

	private final BatchErrors errors;

	private final BatchFiles files;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	BatchOutcomes(BatchStore store, BatchLeases leases, BatchErrors errors, BatchFiles files,
			TransactionTemplate transactions, MessageSource messages) {
		this.store = store;
		this.leases = leases;
		this.errors = errors;
		this.files = files;
		this.transactions = transactions;
		this.messages = messages;
	}

	void done(Batch batch, Lease lease) {
		transactions.executeWithoutResult(status -> {
			leases.fence(lease);
			leases.finish(lease);
			files.delete(batch.id(), batch.storedPath());
		});
	}

	/** Fails a batch whose starts are exhausted: it has no owner left, so no lease is checked. */
	void fail(UUID id, String code) {
		store.find(id).ifPresent(batch -> fail(batch, new BatchFileException(code, 0), null));
	}

	/** Fails the batch with the file's reason; a null lease is checked by no one (the batch has no owner). */
	void fail(Batch batch, BatchFileException ex, Lease lease) {
		transactions.executeWithoutResult(status -> {
			if (lease != null) {
				leases.fence(lease);
			}
			List<RowError> rowErrors = ex.errors()
				.stream()
				.map(e -> new RowError(ex.row(), new RecordError(e.field(), e.code(),
						e.message().equals(e.code()) ? message(e.code()) : e.message())))
				.toList();
			errors.add(batch.id(), rowErrors);
			store.fail(batch.id(), ex.code());
			files.delete(batch.id(), batch.storedPath());
		});
	}

	/** A header whose columns are mostly another item's names that item (see {@link ItemSuggestion}). */
	BatchFileException withSuggestion(BatchFileException ex, CatalogItem item, CatalogDocument catalog) {
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

	private String message(String code) {
		return messages.getMessage("batch.error." + code, null, code, Locale.SIMPLIFIED_CHINESE);
	}
}
