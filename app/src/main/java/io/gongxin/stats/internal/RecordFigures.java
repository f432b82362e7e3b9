package io.gongxin.stats.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.stats.internal.DashboardFigures.ProviderLateness;
import io.gongxin.stats.internal.DashboardFigures.ProviderMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The records received per provider and month and how many came late, over {@link RecordProjection}'s projection. */
@Component
class RecordFigures {

	private final JdbcClient jdbc;

	RecordFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ProviderMonth> byProviderAndMonth(LocalDate since) {
		return jdbc.sql("""
				select provider, to_char(date_trunc('month', submitted_at at time zone 'Asia/Shanghai'), 'YYYY-MM') as month,
				       count(*) as records, count(*) filter (where late) as late
				  from stats_records where submitted_at >= ? group by 1, 2 order by 2, 1""")
			.param(since)
			.query((rs, n) -> new ProviderMonth(rs.getString("provider"), rs.getString("month"), rs.getLong("records"),
					rs.getLong("late")))
			.list();
	}

	List<ProviderLateness> lateByProvider(LocalDate since) {
		return jdbc.sql("""
				select provider, count(*) as records, count(*) filter (where late) as late
				  from stats_records where submitted_at >= ? group by 1 order by 1""")
			.param(since)
			.query((rs, n) -> new ProviderLateness(rs.getString("provider"), rs.getLong("records"), rs.getLong("late")))
			.list();
	}
}
