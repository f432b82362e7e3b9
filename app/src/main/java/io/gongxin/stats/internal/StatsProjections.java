package io.gongxin.stats.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import io.gongxin.measures.ListEntryChanged;
import io.gongxin.repair.RepairDecided;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the statistics' projections of list entries and repairs from their modules' events (through the event
 * publication registry: a listener that fails is run again when its publication is resubmitted). Each row is keyed
 * by what the event is about and written with {@code on conflict}, so handling an event twice, or an older one
 * after a newer one, leaves the projection as it should be. Records and objections have their own projections:
 * {@link RecordProjection}, {@link ObjectionProjection}.
 */
@Component
class StatsProjections {

	private final JdbcClient jdbc;

	StatsProjections(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
