package io.gongxin.measures.internal;

import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.measures.MeasuresApplied;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One aggregate over the feedback of measure checks. */
@Component
class MeasuresAppliedJdbc implements MeasuresApplied {

	private final JdbcClient jdbc;

	MeasuresAppliedJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Applied> since(OffsetDateTime since, int limit) {
		return jdbc.sql("""
				select measure, count(*) as applied from measure_feedback where applied_at >= ?
				 group by 1 order by 2 desc, 1 limit ?""")
			.params(since, limit)
			.query((rs, n) -> new Applied(rs.getString("measure"), rs.getLong("applied")))
			.list();
	}
}
