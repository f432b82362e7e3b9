package io.gongxin.stats.internal;

import java.util.ArrayList;
import java.util.List;

import io.gongxin.record.RecordChanged;
import io.gongxin.record.Records;
import io.gongxin.record.RecordsMerged;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code stats_records} from the records' events (through the event publication registry, like
 * {@link StatsProjections}): a record's provider, arrival and lateness, written once.
 */
@Component
class RecordProjection {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Records records;

	RecordProjection(JdbcClient jdbc, JdbcTemplate batch, Records records) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.records = records;
	}

	/** A record is counted once, when it arrived, whatever happens to it later. */
	@ApplicationModuleListener
	void on(RecordChanged changed) {
		records.find(changed.recordId())
			.ifPresent(found -> jdbc.sql("""
					insert into stats_records (record_id, provider, submitted_at, late) values (?, ?, ?, ?)
					on conflict (record_id) do nothing""")
				.params(found.id(), found.provider(), found.submittedAt(), Boolean.TRUE.equals(found.late()))
				.update());
	}

	/** The records a batch chunk merged, counted in one statement (a chunk is up to ten thousand records). */
	@ApplicationModuleListener
	void on(RecordsMerged merged) {
		List<Long> ids = new ArrayList<>(merged.created());
		ids.addAll(merged.corrected());
		List<Object[]> rows = records.findAll(ids)
			.stream()
			.map(r -> new Object[] { r.id(), r.provider(), r.submittedAt(), Boolean.TRUE.equals(r.late()) })
			.toList();
		batch.batchUpdate("""
				insert into stats_records (record_id, provider, submitted_at, late) values (?, ?, ?, ?)
				on conflict (record_id) do nothing""", rows);
	}
}
