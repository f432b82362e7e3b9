package io.gongxin.batch.internal;

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

	private final FileErrorTexts texts;

	BatchOutcomes(BatchStore store, BatchLeases leases, BatchErrors errors, BatchFiles files,
			TransactionTemplate transactions, FileErrorTexts texts) {
		this.store = store;
		this.leases = leases;
		this.errors = errors;
		this.files = files;
		this.transactions = transactions;
		this.texts = texts;
	}

	void done(Batch batch, Lease lease) {
		transactions.executeWithoutResult(status -> {
			leases.fence(lease);
			leases.finish(lease);
			files.delete(batch.id(), batch.storedPath());
		});
	}

	/** Fails the batch with the file's reason; a null lease is checked by no one (the batch has no owner). */
	void fail(Batch batch, BatchFileException ex, Lease lease) {
		transactions.executeWithoutResult(status -> {
			if (lease != null) {
				leases.fence(lease);
			}
			errors.add(batch.id(), texts.rowErrors(ex));
			store.fail(batch.id(), ex.code());
			files.delete(batch.id(), batch.storedPath());
		});
	}
}
