package io.gongxin.query.internal;

import java.time.Duration;

import io.gongxin.platform.LeasedWorkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs agencies' batch queries in the background (R-20b), each claimed with a lease ({@link BatchQueryClaims}) and
 * run chunk by chunk ({@link BatchQueryRuns}), so a query taken over, handed back by a stopping node or retried
 * after a transient database error resumes after its last chunk. They run on an executor of their own
 * ({@code gongxin.batch-queries.workers} threads per node), never on the scheduler's threads, so 50 queries of
 * 10,000 subjects cannot stop the sealer, the checkpoints or the deadline sweeps. A stopping node hands a running
 * batch query back (QUEUED) after its last chunk ({@link LeasedWorkers}: at most
 * {@code gongxin.batches.shutdown-wait}).
 */
@Component
class BatchQueryWorker extends LeasedWorkers<BatchQueryLease> {

	private static final Logger log = LoggerFactory.getLogger(BatchQueryWorker.class);

	private final BatchQueryClaims claims;

	private final BatchQueryRuns runs;

	private final BatchQuerySettings settings;

	BatchQueryWorker(BatchQueryClaims claims, BatchQueryRuns runs, BatchQuerySettings settings,
			@Value("${gongxin.batches.shutdown-wait:PT20S}") Duration shutdownWait) {
		super("gongxin-batch-query", settings.workers(), shutdownWait);
		this.claims = claims;
		this.runs = runs;
		this.settings = settings;
	}

	/** Claims what this node's batch-query executor has room for; the scheduler thread only hands over. */
	@Scheduled(fixedDelayString = "${gongxin.batch-queries.poll:PT1S}")
	synchronized void work() {
		int exhausted = claims.exhaust();
		if (exhausted > 0) {
			log.warn("{} batch queries were started {} times without finishing; they are failed", exhausted,
					settings.maxAttempts());
		}
		claimWhileFree(claims::claim);
	}

	@Override
	protected void run(BatchQueryLease lease) {
		runs.run(lease, this::stopping);
	}
}
