package io.gongxin.stats.internal;

import io.gongxin.dispute.ObjectionDecided;
import io.gongxin.dispute.ObjectionProgress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code stats_objections} from {@link ObjectionDecided} (through the event publication registry, like
 * {@link StatsProjections}); a newer step is never overwritten by an older one.
 */
@Component
class ObjectionProjection {

	private final JdbcClient jdbc;

	private final ObjectionProgress objections;

	ObjectionProjection(JdbcClient jdbc, ObjectionProgress objections) {
		this.jdbc = jdbc;
		this.objections = objections;
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
}
