package io.gongxin.stats.internal;

import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.stats.internal.DashboardFigures.ListFigures;
import io.gongxin.stats.internal.DashboardFigures.RepairFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lists' entries by status and the repairs decided, over the projections {@link StatsProjections} keeps. */
@Component
class ListAndRepairFigures {

	private final JdbcClient jdbc;

	ListAndRepairFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ListFigures> listEntries() {
		return jdbc.sql("select list_type, status, count(*) as entries from stats_list_entries group by 1, 2 order by 1, 2")
			.query((rs, n) -> new ListFigures(rs.getString("list_type"), rs.getString("status"), rs.getLong("entries")))
			.list();
	}

	RepairFigures repairs(OffsetDateTime start) {
		return jdbc.sql("""
				select count(*) filter (where granted) as granted, count(*) filter (where not granted) as refused
				  from stats_repairs where decided_at >= ?""")
			.param(start)
			.query((rs, n) -> new RepairFigures(rs.getLong("granted"), rs.getLong("refused")))
			.single();
	}
}
