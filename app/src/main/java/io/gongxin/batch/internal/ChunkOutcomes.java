package io.gongxin.batch.internal;

import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.record.Records;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a merge did with each staged row, told: the records it created and updated published by the record store,
 * and the collection log's line for every stored row. Runs inside the chunk's transaction.
 */
@Component
class ChunkOutcomes {

	private final JdbcClient jdbc;

	private final Records records;

	ChunkOutcomes(JdbcClient jdbc, Records records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	/** The chunk's created and updated records, whose events the record store publishes. */
	void publish() {
		records.merged(merged("CREATED"), merged("UPDATED"));
	}

	/** The records the chunk merged with that outcome. */
	private List<Long> merged(String outcome) {
		return jdbc.sql("select record_id from batch_chunk where outcome = ?").param(outcome).query(Long.class).list();
	}

	/** The collection log's line for every stored row (R-09b). */
	void log(MergeTarget target, OffsetDateTime now) {
		jdbc.sql("""
				insert into collection_log (at, provider, username, channel, batch_id, item, source_ref, subject_key, record_id,
				                            outcome, late)
				select ?, ?, ?, 'BATCH', ?, ?, source_ref, subject_key, record_id, outcome, late
				  from batch_chunk where outcome in ('CREATED', 'UPDATED', 'UNCHANGED')""")
			.params(now, target.provider(), target.username(), target.id(), target.item())
			.update();
	}
}
