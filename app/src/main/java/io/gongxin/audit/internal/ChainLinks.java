package io.gongxin.audit.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links of the chain ({@code query_log_chain}), appended by the sealer and signed by the checkpoints. */
@Repository
class ChainLinks {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ChainLinks(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** The last link of the chain, the genesis when nothing is sealed yet. */
	ChainLink head() {
		return jdbc.sql("select seq, entry_id, hash from query_log_chain order by seq desc limit 1")
			.query((rs, row) -> new ChainLink(rs.getLong(1), rs.getLong(2), rs.getBytes(3)))
			.optional()
			.orElse(ChainLink.GENESIS);
	}

	/** When the first sealed entry was logged, empty while nothing is sealed. */
	Optional<OffsetDateTime> firstEntryAt() {
		return jdbc.sql("select min(entry_at) from query_log_chain").query(OffsetDateTime.class).optional();
	}

	/** The last link sealing an entry logged before {@code end}. */
	Optional<ChainLink> lastBefore(OffsetDateTime end) {
		return jdbc.sql("select seq, entry_id, hash from query_log_chain where entry_at < ? order by seq desc limit 1")
			.param(end)
			.query((rs, row) -> new ChainLink(rs.getLong(1), rs.getLong(2), rs.getBytes(3)))
			.optional();
	}

	/** Appends a link per entry after the head; returns how many. */
	int append(ChainLink head, List<Unsealed> entries) {
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
