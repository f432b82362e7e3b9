package io.gongxin.stats.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.stats.internal.DashboardFigures.ObjectionFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The objections received since a day, by whether their step came within the deadline, over the projection
 * {@link ObjectionProjection} keeps; a day is a day in the platform's time zone.
 */
@Component
class ObjectionTimeliness {

	private final JdbcClient jdbc;

	private final Clock clock;

	ObjectionTimeliness(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	ObjectionFigures since(LocalDate since) {
		String zone = clock.getZone().getId();
		return jdbc.sql("""
				select count(*) filter (where status not in ('RECEIVED', 'FORWARDED', 'DISAGREED')
				                          and (stepped_at at time zone ?)::date <= due_on) as within,
				       count(*) filter (where status not in ('RECEIVED', 'FORWARDED', 'DISAGREED')
				                          and (stepped_at at time zone ?)::date > due_on) as late,
				       count(*) filter (where status in ('RECEIVED', 'FORWARDED')) as open,
				       count(*) filter (where status = 'DISAGREED' and not reviewed) as disagreed,
				       count(*) filter (where status = 'DISAGREED' and reviewed) as reviewed
				  from stats_objections where received_on >= ?""")
			.params(zone, zone, since)
			.query((rs, n) -> new ObjectionFigures(rs.getLong("within"), rs.getLong("late"), rs.getLong("open"),
					rs.getLong("disagreed"), rs.getLong("reviewed")))
			.single();
	}
}
