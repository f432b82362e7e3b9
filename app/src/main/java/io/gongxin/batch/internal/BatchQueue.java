package io.gongxin.batch.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.gongxin.batch.BatchUploads;
import io.gongxin.platform.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores a batch's row and file in one transaction (no worker sees a batch whose file is still arriving), then wakes a worker. */
@Component
class BatchQueue implements BatchUploads {

	private static final Logger log = LoggerFactory.getLogger(BatchQueue.class);

	private final BatchStore store;

	private final BatchFiles files;

	private final BatchWorker worker;

	private final TransactionTemplate transactions;

	BatchQueue(BatchStore store, BatchFiles files, BatchWorker worker, TransactionTemplate transactions) {
		this.store = store;
		this.files = files;
		this.worker = worker;
		this.transactions = transactions;
	}

	UUID queue(String provider, String username, String item, BatchFormat format, String fileName, UploadContent content) {
		UUID id = UUID.randomUUID();
		long started = System.nanoTime();
		transactions.executeWithoutResult(status -> {
			store.create(new Batch(id, provider, username, item, format, fileName, null, "QUEUED", 0, 0, 0, 0,
					null, OffsetDateTime.now(), null), 0);
			try (InputStream in = content.open()) {
				store.size(id, files.store(id, in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		log.debug("batch {}: upload stored in {} ms", id, (System.nanoTime() - started) / 1_000_000);
		// inside a caller's transaction (the demo city's) the worker is woken once the batch is committed and visible
		AfterCommit.run(worker::poll);
		return id;
	}

	@Override
	public UUID queue(String provider, String username, String item, String fileName, byte[] content) {
		String name = fileName.toLowerCase(java.util.Locale.ROOT);
		BatchFormat format = name.endsWith(".xlsx") ? BatchFormat.XLSX
				: name.endsWith(".jsonl") ? BatchFormat.JSONL : BatchFormat.CSV;
		return queue(provider, username, item, format, fileName, () -> new ByteArrayInputStream(content));
	}
}
