package io.gongxin.stats.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.gongxin.audit.QueryCounts;
import io.gongxin.measures.MeasuresApplied;
import io.gongxin.stats.internal.DashboardFigures.ListFigures;
import io.gongxin.stats.internal.DashboardFigures.ObjectionFigures;
import io.gongxin.stats.internal.DashboardFigures.ProviderLateness;
import io.gongxin.stats.internal.DashboardFigures.ProviderMonth;
import io.gongxin.stats.internal.DashboardFigures.RepairFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures over the last twelve months, each one aggregate query over this module's projections
 * ({@link StatsProjections}); queries and applied measures, which no event announces, are counted by the
 * modules that keep them.
 */
@Component
class Statistics {

	private static final int TOP = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final QueryCounts queries;

	private final MeasuresApplied measures;

	Statistics(JdbcClient jdbc, Clock clock, QueryCounts queries, MeasuresApplied measures) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.queries = queries;
		this.measures = measures;
	}

	@Transactional(readOnly = true)
	DashboardFigures dashboard() {
		LocalDate since = LocalDate.now(clock).withDayOfMonth(1).minusMonths(11);
		OffsetDateTime start = since.atStartOfDay(clock.getZone()).toOffsetDateTime();
		return new DashboardFigures(since, recordsByProviderAndMonth(since), lateByProvider(since), objections(since),
				queries.byMatter(start, TOP), measures.since(start, TOP), listEntries(), repairs(start));
	}

	private java.util.List<ProviderMonth> recordsByProviderAndMonth(LocalDate since) {
		return jdbc.sql("""
				select provider, to_char(date_trunc('month', submitted_at at time zone 'Asia/Shanghai'), 'YYYY-MM') as month,
				       count(*) as records, count(*) filter (where late) as late
				  from stats_records where submitted_at >= ? group by 1, 2 order by 2, 1""")
			.param(since)
			.query((rs, n) -> new ProviderMonth(rs.getString("provider"), rs.getString("month"), rs.getLong("records"),
					rs.getLong("late")))
			.list();
	}

	private java.util.List<ProviderLateness> lateByProvider(LocalDate since) {
		return jdbc.sql("""
				select provider, count(*) as records, count(*) filter (where late) as late
				  from stats_records where submitted_at >= ? group by 1 order by 1""")
			.param(since)
			.query((rs, n) -> new ProviderLateness(rs.getString("provider"), rs.getLong("records"), rs.getLong("late")))
			.list();
	}

	private ObjectionFigures objections(LocalDate since) {
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

	private java.util.List<ListFigures> listEntries() {
		return jdbc.sql("select list_type, status, count(*) as entries from stats_list_entries group by 1, 2 order by 1, 2")
			.query((rs, n) -> new ListFigures(rs.getString("list_type"), rs.getString("status"), rs.getLong("entries")))
			.list();
	}

	private RepairFigures repairs(OffsetDateTime start) {
		return jdbc.sql("""
				select count(*) filter (where granted) as granted, count(*) filter (where not granted) as refused
				  from stats_repairs where decided_at >= ?""")
			.param(start)
			.query((rs, n) -> new RepairFigures(rs.getLong("granted"), rs.getLong("refused")))
			.single();
	}
}
