package io.gongxin.audit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.audit.QueryLogEntry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single writer of the chain: every second it takes the committed entries after the last sealed
 * one, in id order, and appends their SM3 links. Readers never wait for it (DESIGN.md, "The query log
 * under load"). An advisory lock keeps it single across nodes; entries younger than the grace period
 * are left for the next round, so that a transaction still committing is not overtaken.
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

	Sealer(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions,
			@Value("${gongxin.audit.seal-grace:PT5S}") Duration grace) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = transactions;
		this.grace = grace;
	}

	@Scheduled(fixedDelayString = "${gongxin.audit.seal-every:PT1S}")
	void scheduled() {
		sealPending();
	}

	/** Seals what is ready; returns how many entries it chained. */
	int sealPending() {
		int total = 0;
		int sealed;
		do {
			Integer round = transactions.execute(status -> sealRound());
			sealed = round == null ? 0 : round;
			total += sealed;
		}
		while (sealed == BATCH);
		return total;
	}

	private int sealRound() {
		if (!jdbc.sql("select pg_try_advisory_xact_lock(hashtext('gongxin-audit-sealer'))").query(Boolean.class).single()) {
			return 0;
		}
		record Head(long seq, long entryId, byte[] hash) {
		}
		Head head = jdbc.sql("select seq, entry_id, hash from query_log_chain order by seq desc limit 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getLong(2), rs.getBytes(3)))
			.optional()
			.orElse(new Head(0, 0, EntryHash.GENESIS));
		List<Object[]> links = new ArrayList<>();
		long seq = head.seq();
		byte[] previous = head.hash();
		List<Object[]> entries = jdbc.sql("select " + QueryLogJdbc.COLUMNS + " from query_log where id > ?"
				+ " and logged_at < clock_timestamp() - cast(? as interval) order by id limit ?")
			.params(head.entryId(), grace.toMillis() + " milliseconds", BATCH)
			.query((rs, row) -> new Object[] { rs.getLong("id"), QueryLogJdbc.entry(rs) })
			.list();
		for (Object[] row : entries) {
			long id = (Long) row[0];
			QueryLogEntry entry = (QueryLogEntry) row[1];
			byte[] hash = EntryHash.of(previous, id, entry);
			links.add(new Object[] { ++seq, id, entry.at(), previous, hash });
			previous = hash;
		}
		batch.batchUpdate("insert into query_log_chain (seq, entry_id, entry_at, prev_hash, hash) values (?, ?, ?, ?, ?)",
				links);
		return links.size();
	}
}
