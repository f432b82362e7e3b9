package io.gongxin.stats.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.dispute.ObjectionDecided;
import io.gongxin.dispute.ObjectionProgress;
import io.gongxin.measures.ListEntryChanged;
import io.gongxin.record.RecordChanged;
import io.gongxin.record.RecordsMerged;
import io.gongxin.record.Records;
import io.gongxin.repair.RepairDecided;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the statistics' projections from the other modules' events (through the event publication registry: a
 * listener that fails is run again when its publication is resubmitted). Each row is keyed by what the event is
 * about and written with {@code on conflict}, so handling an event twice, or an older one after a newer one,
 * leaves the projection as it should be.
 */
@Component
class StatsProjections {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Records records;

	private final ObjectionProgress objections;

	StatsProjections(JdbcClient jdbc, JdbcTemplate batch, Records records, ObjectionProgress objections) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.records = records;
		this.objections = objections;
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

	/** The objection's step against its deadline, as it stands now (so the order the events arrive in does not matter). */
	@ApplicationModuleListener
	void on(ObjectionDecided decided) {
		objections.of(decided.objectionId())
			.ifPresent(progress -> jdbc.sql("""
					insert into stats_objections (objection_id, received_on, status, due_on, stepped_at, reviewed)
					values (?, ?, ?, ?, ?, ?)
					on conflict (objection_id) do update
					   set status = excluded.status, due_on = excluded.due_on, stepped_at = excluded.stepped_at,
					       reviewed = excluded.reviewed
					 where stats_objections.stepped_at <= excluded.stepped_at""")
				.params(progress.objectionId(), progress.receivedOn(), progress.status(), progress.dueOn(),
						progress.steppedAt(), progress.reviewed())
				.update());
	}

	@ApplicationModuleListener
	void on(ListEntryChanged changed) {
		jdbc.sql("""
				insert into stats_list_entries (entry_id, list_type, status, changed_at) values (?, ?, ?, ?)
				on conflict (entry_id) do update set status = excluded.status, changed_at = excluded.changed_at
				 where stats_list_entries.changed_at <= excluded.changed_at""")
			.params(changed.entryId(), changed.list(), changed.status(), utc(changed.at()))
			.update();
	}

	@ApplicationModuleListener
	void on(RepairDecided decided) {
		jdbc.sql("""
				insert into stats_repairs (repair_id, granted, decided_at) values (?, ?, ?)
				on conflict (repair_id) do nothing""")
			.params(decided.repairId(), decided.granted(), utc(decided.at()))
			.update();
	}

	private static java.time.OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
