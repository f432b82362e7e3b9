package io.gongxin.audit.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.audit.QueryLogEntry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single writer of the chain: every second it takes the committed entries not sealed yet and appends
 * their SM3 links, in the order it first sees them committed (by id within a round). Readers never wait for
 * it (DESIGN.md, "The query log under load"). An advisory lock keeps it single across nodes.
 *
 * <p>Sealing by commit order, not by id (issue 12): an entry whose transaction commits after later ids were
 * sealed is chained when it appears, rather than left below the sealed point for ever (where it would look
 * slipped in). To avoid looking through the whole log for such entries, each round notes its horizon: the
 * start of the oldest transaction still open (less the grace), before which no entry can still become
 * visible. The next round looks for unsealed entries from that horizon on, and after the highest sealed id.
 */
@Component
class Sealer {

	/**
	 * Entries chained per round and transaction. Small, so that a round holds little in memory and a short
	 * lock (entries are bounded too: a purpose at most 200 characters); a backlog is worked off round by round.
	 */
	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate transactions;

	private final Duration grace;

	private final Duration lookback;

	/** Where the last round's horizon was: no entry logged before it can still appear. Null until a round ran. */
	private volatile OffsetDateTime horizon;

	Sealer(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions,
			@Value("${gongxin.audit.seal-grace:PT5S}") Duration grace,
			@Value("${gongxin.audit.seal-lookback:PT1H}") Duration lookback) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = transactions;
		this.grace = grace;
		this.lookback = lookback;
	}

	/** Seals what is ready; returns how many entries it chained. */
	int sealPending() {
		int total = 0;
		int sealed;
		do {
			Round round = transactions.execute(status -> sealRound());
			sealed = round == null ? 0 : round.sealed();
			if (round != null && round.horizon() != null) {
				// committed: everything visible is sealed, so the next round need not look before this horizon
				horizon = round.horizon();
			}
			total += sealed;
		}
		while (sealed == BATCH);
		return total;
	}

	/** What a round chained, and its horizon when it sealed everything it saw (else null). */
	private record Round(int sealed, OffsetDateTime horizon) {
	}

	/** The last link of the chain, the genesis when nothing is sealed yet. */
	private record Head(long seq, long entryId, byte[] hash) {
	}

	/** A committed entry no link seals yet. */
	private record Unsealed(long id, QueryLogEntry entry) {
	}

	private Round sealRound() {
		if (!jdbc.sql("select pg_try_advisory_xact_lock(hashtext('gongxin-audit-sealer'))").query(Boolean.class).single()) {
			return new Round(0, null);
		}
		Head head = jdbc.sql("select seq, entry_id, hash from query_log_chain order by seq desc limit 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getLong(2), rs.getBytes(3)))
			.optional()
			.orElse(new Head(0, 0, EntryHash.GENESIS));
		// first the horizon, then the entries: a transaction that commits in between is seen by the query below,
		// one that starts in between logs after the horizon
		OffsetDateTime next = nextHorizon();
		int sealed = chain(head, unsealed());
		return new Round(sealed, sealed < BATCH ? next : null);
	}

	/** The start of the oldest transaction still open, less the grace: nothing logged before it can still appear. */
	private OffsetDateTime nextHorizon() {
		return jdbc.sql("""
				select least(now(), (select min(xact_start) from pg_stat_activity
				                      where xact_start is not null and pid <> pg_backend_pid())) - cast(? as interval)""")
			.param(grace.toMillis() + " milliseconds")
			.query(OffsetDateTime.class)
			.single();
	}

	/** The entries to seal, by id: after the highest sealed id, or logged since the last horizon. */
	private List<Unsealed> unsealed() {
		OffsetDateTime since = horizon != null ? horizon
				: jdbc.sql("select coalesce(max(sealed_at), now()) - cast(? as interval) from query_log_chain")
					.param(lookback.toMillis() + " milliseconds")
					.query(OffsetDateTime.class)
					.single();
		long sealedUpTo = jdbc.sql("select coalesce(max(entry_id), 0) from query_log_chain").query(Long.class).single();
		return jdbc.sql("select " + QueryLogJdbc.COLUMNS + " " + """
				 from query_log q
				 where (q.id > ? or q.logged_at >= ?)
				   and not exists (select 1 from query_log_chain c where c.entry_id = q.id)
				 order by q.id limit ?""")
			.params(sealedUpTo, since, BATCH)
			.query((rs, row) -> new Unsealed(rs.getLong("id"), QueryLogJdbc.entry(rs)))
			.list();
	}

	/** Appends a link per entry after the head; returns how many. */
	private int chain(Head head, List<Unsealed> entries) {
		List<Object[]> links = new ArrayList<>();
		long seq = head.seq();
		byte[] previous = head.hash();
		for (Unsealed unsealed : entries) {
			byte[] hash = EntryHash.of(previous, unsealed.id(), unsealed.entry());
			links.add(new Object[] { ++seq, unsealed.id(), unsealed.entry().at(), previous, hash });
			previous = hash;
		}
		batch.batchUpdate("insert into query_log_chain (seq, entry_id, entry_at, prev_hash, hash) values (?, ?, ?, ?, ?)",
				links);
		return links.size();
	}
}
