package io.gongxin.batch.internal;

import java.time.Duration;
import java.util.UUID;

import io.gongxin.platform.DatabaseRetry;
import io.gongxin.platform.LeasedWorkers;
import io.gongxin.platform.TransientDatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs waiting batches in the background, {@code gongxin.batches.workers} at a time per node, on an executor of
 * their own (never the background scheduler's threads: a long batch must not delay the sealer or the sweeps;
 * ADR 0012). Batches are claimed in the database ({@code FOR UPDATE SKIP LOCKED}), so several nodes share the
 * work; each claim gives the batch a new lease, and every write of the run checks it, so a worker whose batch
 * was taken over writes nothing more (owner fencing). A batch whose node stopped sending heartbeats for
 * {@code gongxin.batches.stale-after} is taken over and resumed after its last committed chunk, at most
 * {@code gongxin.batches.max-attempts} starts in all (then it is FAILED, BATCH_ATTEMPTS_EXHAUSTED: a file that
 * brings its node down is not retaken for ever).
 *
 * <p>A transient database error (a restart, a failover, a terminated connection) does not fail the batch: the
 * run is tried again with back-off ({@link DatabaseRetry}) from the last committed chunk. Any other throwable,
 * an {@link Error} included, fails that batch and leaves the worker running.
 *
 * <p>When the node stops ({@link LeasedWorkers}: at most {@code gongxin.batches.shutdown-wait}), the running
 * batches stop before their next row and are handed back (QUEUED, lease cleared) for another node to claim at
 * once; the rows read since the last commit are read again there.
 */
@Component
class BatchWorker extends LeasedWorkers<Lease> {

	private static final Logger log = LoggerFactory.getLogger(BatchWorker.class);

	private final BatchClaims claims;

	private final BatchReleases releases;

	private final BatchProcessor processor;

	private final Duration staleAfter;

	private final int maxAttempts;

	private final DatabaseRetry retry;

	BatchWorker(BatchClaims claims, BatchReleases releases, BatchProcessor processor, DatabaseRetry retry,
			@Value("${gongxin.batches.stale-after:PT30S}") Duration staleAfter,
			@Value("${gongxin.batches.workers:1}") int workers,
			@Value("${gongxin.batches.max-attempts:3}") int maxAttempts,
			@Value("${gongxin.batches.shutdown-wait:PT20S}") Duration shutdownWait) {
		super("gongxin-batch", workers, shutdownWait);
		this.claims = claims;
		this.releases = releases;
		this.processor = processor;
		this.retry = retry;
		this.staleAfter = staleAfter;
		this.maxAttempts = maxAttempts;
	}

	/**
	 * Called after an upload, and every {@code gongxin.batches.poll} on every node (each node claims for its own
	 * workers; the Spring scheduler's thread only hands the batch over to the batch executor).
	 */
	@Scheduled(fixedDelayString = "${gongxin.batches.poll:PT1S}")
	synchronized void poll() {
		if (stopping()) {
			return;
		}
		for (UUID exhausted : releases.exhaust(staleAfter, maxAttempts)) {
			log.warn("Batch {} was started {} times without finishing; it is failed", exhausted, maxAttempts);
			processor.fail(exhausted, "BATCH_ATTEMPTS_EXHAUSTED");
		}
		claimWhileFree(() -> claims.claim(staleAfter, maxAttempts));
	}

	@Override
	protected void run(Lease lease) {
		UUID id = lease.batch();
		try {
			retry.run("batch " + id, () -> processor.process(lease, this::stopping));
		}
		catch (LeaseLostException ex) {
			// taken over (this node was silent too long), failed as exhausted, or handed back: the new owner goes on
			log.info("Batch {} is no longer this worker's; it stops without writing", id);
		}
		catch (BatchProcessor.Stopped ex) {
			handBack(lease);
		}
		catch (Throwable ex) {
			// a message may quote the file (an id number): log the kind only
			String code = ex instanceof VirtualMachineError ? "FILE_TOO_COMPLEX" : "BATCH_FAILED";
			log.error("Batch {} failed ({}{}); merged chunks are kept", id, ex.getClass().getName(),
					TransientDatabaseErrors.isTransient(ex) ? ", the database stayed away beyond the retries" : "");
			try {
				processor.fail(lease, code);
			}
			catch (Throwable again) {
				// left RUNNING without heartbeats: taken over later, until its starts are exhausted
				log.error("Batch {} could not be marked failed ({})", id, again.getClass().getName());
			}
		}
	}

	private void handBack(Lease lease) {
		try {
			if (retry.call("hand back batch " + lease.batch(), () -> releases.handBack(lease))) {
				log.info("Batch {} handed back for another node", lease.batch());
			}
		}
		catch (RuntimeException ex) {
			// not handed back: another node takes it over after the stale period
			log.warn("Batch {} could not be handed back ({})", lease.batch(), ex.getClass().getName());
		}
	}

	@Scheduled(fixedDelayString = "${gongxin.batches.heartbeat:PT5S}")
	void heartbeat() {
		for (Lease lease : running()) {
			try {
				claims.heartbeat(lease);
			}
			catch (RuntimeException ex) {
				// the database is away: the batch's own retries wait for it; the next beat tries again
				log.debug("Heartbeat of batch {} failed ({})", lease.batch(), ex.getClass().getName());
			}
		}
	}
}
