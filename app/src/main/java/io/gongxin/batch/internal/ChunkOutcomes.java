package io.gongxin.batch.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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

	/**
	 * The chunk's created records (their provider, arrival and which came late) and updated ones, whose event the
	 * record store publishes: read from the staging table in one query.
	 */
	void publish(MergeTarget target, OffsetDateTime now) {
		List<Long> created = new ArrayList<>();
		List<Long> late = new ArrayList<>();
		List<Long> updated = new ArrayList<>();
		jdbc.sql("select record_id, outcome = 'CREATED', late is true from batch_chunk where outcome in ('CREATED', 'UPDATED')")
			.query(rs -> {
				long id = rs.getLong(1);
				(rs.getBoolean(2) ? created : updated).add(id);
				if (rs.getBoolean(2) && rs.getBoolean(3)) {
					late.add(id);
				}
			});
		records.merged(target.provider(), created, late, updated, now.toInstant());
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
