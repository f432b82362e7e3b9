package io.gongxin.collection.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs waiting batches in the background, {@code gongxin.batches.workers} at a time per node. Batches
 * are claimed in the database ({@code FOR UPDATE SKIP LOCKED}), so several nodes can share the work; a
 * batch whose node stopped sending heartbeats for {@code gongxin.batches.stale-after} is taken over and
 * resumed, at most {@code gongxin.batches.max-attempts} starts in all (then it is FAILED,
 * BATCH_ATTEMPTS_EXHAUSTED: a file that brings its node down is not retaken for ever). Whatever a batch
 * throws, an {@link Error} included, fails that batch and leaves the worker running.
 */
@Component
class BatchWorker implements DisposableBean, SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(BatchWorker.class);

	private final BatchStore store;

	private final BatchProcessor processor;

	private final Duration staleAfter;

	private final int workers;

	private final ExecutorService executor;

	private final AtomicInteger busy = new AtomicInteger();

	private final Set<UUID> running = ConcurrentHashMap.newKeySet();

	private final BatchFiles files;

	private final int maxAttempts;

	BatchWorker(BatchStore store, BatchProcessor processor, BatchFiles files,
			@Value("${gongxin.batches.stale-after:PT30S}") Duration staleAfter,
			@Value("${gongxin.batches.workers:1}") int workers,
			@Value("${gongxin.batches.max-attempts:3}") int maxAttempts) {
		this.store = store;
		this.processor = processor;
		this.files = files;
		this.staleAfter = staleAfter;
		this.workers = workers;
		this.maxAttempts = maxAttempts;
		this.executor = Executors.newFixedThreadPool(workers, runnable -> {
			Thread thread = new Thread(runnable, "gongxin-batch");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Called after an upload, and every second: claims what this node has room for. */
	@Scheduled(fixedDelayString = "${gongxin.batches.poll:PT1S}")
	synchronized void poll() {
		for (UUID exhausted : store.exhaust(staleAfter, maxAttempts)) {
			log.warn("Batch {} was started {} times without finishing; it is failed", exhausted, maxAttempts);
			processor.fail(exhausted, "BATCH_ATTEMPTS_EXHAUSTED");
		}
		while (busy.get() < workers) {
			Optional<UUID> claimed = store.claim(staleAfter, maxAttempts);
			if (claimed.isEmpty()) {
				return;
			}
			busy.incrementAndGet();
			running.add(claimed.get());
			executor.execute(() -> run(claimed.get()));
		}
	}

	void run(UUID id) {
		try {
			processor.process(id);
		}
		catch (Throwable ex) {
			// a message may quote the file (an id number): log the kind only
			String code = ex instanceof VirtualMachineError ? "FILE_TOO_COMPLEX" : "BATCH_FAILED";
			log.error("Batch {} failed unexpectedly ({}); merged chunks are kept", id, ex.getClass().getName());
			try {
				processor.fail(id, code);
			}
			catch (Throwable again) {
				// left RUNNING without heartbeats: taken over later, until its starts are exhausted
				log.error("Batch {} could not be marked failed ({})", id, again.getClass().getName());
			}
		}
		finally {
			running.remove(id);
			busy.decrementAndGet();
		}
	}

	@Scheduled(fixedDelayString = "${gongxin.batches.heartbeat:PT5S}")
	void heartbeat() {
		running.forEach(store::heartbeat);
	}

	/**
	 * At start-up, before the first poll (the scheduler starts its tasks when the context is refreshed, after
	 * this): no uploaded file outlives its finished batch (a crash between outcome and deletion), and no work
	 * file of this node's previous life is left.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		int parts = files.sweep();
		if (parts > 0) {
			log.info("Deleted {} stored parts of finished batches' uploads", parts);
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}
}
