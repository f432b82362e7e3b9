package io.gongxin.stats.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

	/**
	 * The records a batch chunk merged: the created ones counted by one set-based insert from what the event
	 * carries (a chunk is up to ten thousand records; nothing is read back), the corrected ones, counted already
	 * unless their creation's event is still to come, read and counted like {@link #on(RecordChanged)}.
	 */
	@ApplicationModuleListener
	void on(RecordsMerged merged) {
		List<Long> lookedUp = new ArrayList<>(merged.corrected());
		if (merged.provider() == null) { // published before issue 16: the event names only the ids
			lookedUp.addAll(merged.created());
		}
		else if (!merged.created().isEmpty()) {
			created(merged);
		}
		if (!lookedUp.isEmpty()) {
			found(lookedUp);
		}
	}

	private void created(RecordsMerged merged) {
		Set<Long> late = new HashSet<>(merged.late());
		jdbc.sql("""
				insert into stats_records (record_id, provider, submitted_at, late)
				select id, ?, ?, late from unnest(?::bigint[], ?::boolean[]) as created (id, late)
				on conflict (record_id) do nothing""")
			.params(merged.provider(), merged.at().atOffset(ZoneOffset.UTC), merged.created().toArray(Long[]::new),
					merged.created().stream().map(late::contains).toArray(Boolean[]::new))
			.update();
	}

	private void found(List<Long> ids) {
		List<Object[]> rows = records.findAll(ids)
			.stream()
			.map(r -> new Object[] { r.id(), r.provider(), r.submittedAt(), Boolean.TRUE.equals(r.late()) })
			.toList();
		batch.batchUpdate("""
				insert into stats_records (record_id, provider, submitted_at, late) values (?, ?, ?, ?)
				on conflict (record_id) do nothing""", rows);
	}
}
