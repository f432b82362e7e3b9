package io.gongxin.query.internal;

import java.util.List;
import java.util.function.BooleanSupplier;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A claimed batch query answered chunk by chunk (R-20b): a chunk's answers, their query-log entries and the count
 * of subjects done commit together under its lease ({@link BatchQueryLeases}): none is answered or logged twice.
 */
@Component
class BatchQueryChunks {

	private final BatchQueryLeases leases;

	private final BatchQueryOutcomes outcomes;

	private final BatchQueryAnswers answers;

	private final Accounts accounts;

	private final TransactionTemplate transactions;

	private final BatchQuerySettings settings;

	BatchQueryChunks(BatchQueryLeases leases, BatchQueryOutcomes outcomes, BatchQueryAnswers answers,
			Accounts accounts, TransactionTemplate transactions, BatchQuerySettings settings) {
		this.leases = leases;
		this.outcomes = outcomes;
		this.answers = answers;
		this.accounts = accounts;
		this.transactions = transactions;
		this.settings = settings;
	}

	/** Answers the subjects after the last committed chunk, chunk by chunk; each chunk checks the lease. */
	void answerAll(BatchQueryLease lease, BatchQueryWork work, BooleanSupplier stopping) {
		Caller caller = accounts.find(work.username()).orElseThrow();
		int done = work.done();
		while (done < work.lines().size()) {
			if (stopping.getAsBoolean()) {
				throw new BatchQueryStopped();
			}
			List<BatchQueryLine> chunk = work.lines().subList(done, Math.min(done + settings.chunkSize(), work.lines().size()));
			int from = done;
			transactions.executeWithoutResult(status -> {
				leases.fence(lease);
				leases.written(lease, from,
						chunk.stream().map(line -> answers.answer(line, caller, work.purpose())).toList());
			});
			done += chunk.size();
		}
		transactions.executeWithoutResult(status -> outcomes.done(lease));
	}
}
