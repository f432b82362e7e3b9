package io.gongxin.query.internal;

import java.util.function.BooleanSupplier;

import io.gongxin.platform.DatabaseRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** One claimed batch query run to its end: answered, retried, handed back, given up when taken over, or failed. */
@Component
class BatchQueryRuns {

	private static final Logger log = LoggerFactory.getLogger(BatchQueryRuns.class);

	private final BatchQueryLines lines;

	private final BatchQueryChunks chunks;

	private final BatchQueryOutcomes outcomes;

	private final DatabaseRetry retry;

	BatchQueryRuns(BatchQueryLines lines, BatchQueryChunks chunks, BatchQueryOutcomes outcomes, DatabaseRetry retry) {
		this.lines = lines;
		this.chunks = chunks;
		this.outcomes = outcomes;
		this.retry = retry;
	}

	void run(BatchQueryLease lease, BooleanSupplier stopping) {
		try {
			retry.run("batch query " + lease.id(), () -> chunks.answerAll(lease, lines.work(lease), stopping));
		}
		catch (LeaseLost ex) {
			log.info("Batch query {} is no longer this worker's; it stops without writing", lease.id());
		}
		catch (BatchQueryStopped ex) {
			try {
				retry.run("hand back batch query " + lease.id(), () -> outcomes.handBack(lease));
			}
			catch (RuntimeException again) {
				log.warn("Batch query {} could not be handed back ({})", lease.id(), again.getClass().getName());
			}
		}
		catch (Throwable ex) {
			log.error("Batch query {} failed ({})", lease.id(), ex.getClass().getName());
			try {
				outcomes.failed(lease);
			}
			catch (RuntimeException again) {
				// left RUNNING without heartbeats: taken over after the stale period
				log.error("Batch query {} could not be marked failed ({})", lease.id(), again.getClass().getName());
			}
		}
	}
}
