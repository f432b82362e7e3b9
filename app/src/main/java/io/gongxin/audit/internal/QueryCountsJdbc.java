package io.gongxin.audit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.audit.QueryCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One aggregate over the query log. */
@Component
class QueryCountsJdbc implements QueryCounts {

	private final JdbcClient jdbc;

	QueryCountsJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<MatterQueries> byMatter(OffsetDateTime since, int limit) {
		return jdbc.sql("""
				select coalesce(matter, '（' || channel || '）') as matter, count(*) as queries
				  from query_log where at >= ? and channel not in ('DECISION', 'REFUSED')
				 group by 1 order by 2 desc, 1 limit ?""")
			.params(since, limit)
			.query((rs, n) -> new MatterQueries(rs.getString("matter"), rs.getLong("queries")))
			.list();
	}
}
