package io.gongxin.query.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.platform.DatabaseRetry;
import io.gongxin.platform.LeasedWorkers;
import io.gongxin.query.internal.BatchQueryLeases.Lease;
import io.gongxin.query.internal.BatchQueryLeases.LeaseLost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs agencies' batch queries in the background (R-20b), {@code gongxin.batch-queries.chunk-size} subjects at a
 * time: a chunk's answers, their query-log entries and the count of subjects done commit together, under the
 * lease the claim gave ({@link BatchQueryLeases}), so a query taken over, handed back by a stopping node or
 * retried after a transient database error resumes after its last chunk, and no subject is answered or logged
 * twice. They run on an executor of their own ({@code gongxin.batch-queries.workers} threads per node), never on
 * the scheduler's threads, so 50 queries of 10,000 subjects cannot stop the sealer, the checkpoints or the
 * deadline sweeps. A stopping node hands a running batch query back (QUEUED) after its last chunk
 * ({@link LeasedWorkers}: at most {@code gongxin.batches.shutdown-wait}).
 */
@Component
class BatchQueryWorker extends LeasedWorkers<Lease> {

	private static final Logger log = LoggerFactory.getLogger(BatchQueryWorker.class);

	private final BatchQueryLeases leases;

	private final BatchQueryAnswers answers;

	private final Accounts accounts;

	private final TransactionTemplate transactions;

	private final DatabaseRetry retry;

	private final BatchQuerySettings settings;

	BatchQueryWorker(BatchQueryLeases leases, BatchQueryAnswers answers, Accounts accounts,
			TransactionTemplate transactions, DatabaseRetry retry, BatchQuerySettings settings,
			@Value("${gongxin.batches.shutdown-wait:PT20S}") Duration shutdownWait) {
		super("gongxin-batch-query", settings.workers(), shutdownWait);
		this.leases = leases;
		this.answers = answers;
		this.accounts = accounts;
		this.transactions = transactions;
		this.retry = retry;
		this.settings = settings;
	}

	/** The node is stopping: the batch query goes back to the queue after its last committed chunk. */
	static final class Stopped extends RuntimeException {

		Stopped() {
			super("stopping", null, false, false);
		}
	}

	/** Claims what this node's batch-query executor has room for; the scheduler thread only hands over. */
	@Scheduled(fixedDelayString = "${gongxin.batch-queries.poll:PT1S}")
	synchronized void work() {
		leases.exhaust();
		claimWhileFree(leases::claim);
	}

	@Override
	protected void run(Lease lease) {
		try {
			retry.run("batch query " + lease.id(), () -> answerAll(lease));
		}
		catch (LeaseLost ex) {
			log.info("Batch query {} is no longer this worker's; it stops without writing", lease.id());
		}
		catch (Stopped ex) {
			try {
				retry.run("hand back batch query " + lease.id(), () -> leases.handBack(lease));
			}
			catch (RuntimeException again) {
				log.warn("Batch query {} could not be handed back ({})", lease.id(), again.getClass().getName());
			}
		}
		catch (Throwable ex) {
			log.error("Batch query {} failed ({})", lease.id(), ex.getClass().getName());
			try {
				leases.failed(lease);
			}
			catch (RuntimeException again) {
				// left RUNNING without heartbeats: taken over after the stale period
				log.error("Batch query {} could not be marked failed ({})", lease.id(), again.getClass().getName());
			}
		}
	}

	/** Answers the subjects after the last committed chunk, chunk by chunk; each chunk checks the lease. */
	private void answerAll(Lease lease) {
		BatchQueryLeases.Work work = leases.work(lease);
		Caller caller = accounts.find(work.username()).orElseThrow();
		List<BatchQueryLine> lines = work.lines();
		int done = work.done();
		while (done < lines.size()) {
			if (stopping()) {
				throw new Stopped();
			}
			List<BatchQueryLine> chunk = lines.subList(done, Math.min(done + settings.chunkSize(), lines.size()));
			int from = done;
			transactions.executeWithoutResult(status -> {
				leases.fence(lease);
				List<BatchQueryResult.Answer> answered = new ArrayList<>();
				for (BatchQueryLine line : chunk) {
					answered.add(answers.answer(line, caller, work.purpose()));
				}
				leases.written(lease, from, answered);
			});
			done += chunk.size();
		}
		transactions.executeWithoutResult(status -> leases.done(lease));
	}
}
