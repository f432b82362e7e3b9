package io.gongxin.audit.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single writer of the chain: every second it takes the committed entries not sealed yet and appends their
 * SM3 links, in the order it first sees them committed (by id within a round; {@link SealingHorizon}). Readers
 * never wait for it (DESIGN.md, "The query log under load"). An advisory lock keeps it single across nodes.
 */
@Component
class Sealer {

	/**
	 * Entries chained per round and transaction. Small, so that a round holds little in memory and a short
	 * lock (entries are bounded too: a purpose at most 200 characters); a backlog is worked off round by round.
	 */
	private static final int BATCH = 500;

	private final SealingRound round;

	private final SealingHorizon horizon;

	private final TransactionTemplate transactions;

	Sealer(SealingRound round, SealingHorizon horizon, TransactionTemplate transactions) {
		this.round = round;
		this.horizon = horizon;
		this.transactions = transactions;
	}

	/** Seals what is ready; returns how many entries it chained. */
	int sealPending() {
		int total = 0;
		int sealed;
		do {
			boolean backlog = total > 0;
			SealingRound.Outcome outcome = transactions.execute(status -> round.seal(BATCH, backlog));
			sealed = outcome == null ? 0 : outcome.sealed();
			if (outcome != null && outcome.horizon() != null) {
				// committed: everything visible is sealed, so the next round need not look before this horizon
				horizon.advanceTo(outcome.horizon());
			}
			total += sealed;
		}
		while (sealed == BATCH);
		return total;
	}
}
