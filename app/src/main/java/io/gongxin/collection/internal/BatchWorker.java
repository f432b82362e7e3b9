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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs waiting batches in the background, {@code gongxin.batches.workers} at a time per node. Batches
 * are claimed in the database ({@code FOR UPDATE SKIP LOCKED}), so several nodes can share the work; a
 * batch whose node stopped sending heartbeats for {@code gongxin.batches.stale-after} is taken over and
 * resumed.
 */
@Component
class BatchWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BatchWorker.class);

	private final BatchStore store;

	private final BatchProcessor processor;

	private final Duration staleAfter;

	private final int workers;

	private final ExecutorService executor;

	private final AtomicInteger busy = new AtomicInteger();

	private final Set<UUID> running = ConcurrentHashMap.newKeySet();

	BatchWorker(BatchStore store, BatchProcessor processor,
			@Value("${gongxin.batches.stale-after:PT30S}") Duration staleAfter,
			@Value("${gongxin.batches.workers:1}") int workers) {
		this.store = store;
		this.processor = processor;
		this.staleAfter = staleAfter;
		this.workers = workers;
		this.executor = Executors.newFixedThreadPool(workers, runnable -> {
			Thread thread = new Thread(runnable, "gongxin-batch");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Called after an upload, and every second: claims what this node has room for. */
	@Scheduled(fixedDelayString = "${gongxin.batches.poll:PT1S}")
	synchronized void poll() {
		while (busy.get() < workers) {
			Optional<UUID> claimed = store.claim(staleAfter);
			if (claimed.isEmpty()) {
				return;
			}
			busy.incrementAndGet();
			running.add(claimed.get());
			executor.execute(() -> run(claimed.get()));
		}
	}

	private void run(UUID id) {
		try {
			processor.process(id);
		}
		catch (RuntimeException ex) {
			log.error("Batch {} failed unexpectedly; merged chunks are kept", id, ex);
			store.fail(id, "INTERNAL_ERROR");
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

	@Override
	public void destroy() {
		executor.shutdownNow();
	}
}
