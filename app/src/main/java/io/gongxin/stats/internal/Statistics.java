package io.gongxin.stats.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures over the last twelve months, each one aggregate query. */
@Component
class Statistics {

	private final JdbcClient jdbc;

	private final Clock clock;

	Statistics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Map<String, Object> dashboard() {
		LocalDate since = LocalDate.now(clock).withDayOfMonth(1).minusMonths(11);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("since", since);
		body.put("recordsByProviderAndMonth", rows("""
				select provider, to_char(date_trunc('month', submitted_at at time zone 'Asia/Shanghai'), 'YYYY-MM') as month,
				       count(*) as records, count(*) filter (where late) as late
				  from records where submitted_at >= ? group by 1, 2 order by 2, 1""", since));
		body.put("lateByProvider", rows("""
				select provider, count(*) as records, count(*) filter (where late) as late
				  from records where submitted_at >= ? group by 1 order by 1""", since));
		String zone = clock.getZone().getId();
		body.put("objections", jdbc.sql("""
				select count(*) filter (where status not in ('RECEIVED', 'FORWARDED', 'DISAGREED')
				                          and (updated_at at time zone ?)::date <= coalesce(verify_by, greatest(compare_by, correct_by))) as "withinDeadline",
				       count(*) filter (where status not in ('RECEIVED', 'FORWARDED', 'DISAGREED')
				                          and (updated_at at time zone ?)::date > coalesce(verify_by, greatest(compare_by, correct_by))) as late,
				       count(*) filter (where status in ('RECEIVED', 'FORWARDED')) as open,
				       count(*) filter (where status = 'DISAGREED' and reviewed_on is null) as disagreed,
				       count(*) filter (where status = 'DISAGREED' and reviewed_on is not null) as reviewed
				  from objections where received_on >= ?""").params(zone, zone, since).query().singleRow());
		body.put("queriesByMatter", rows("""
				select coalesce(matter, '（' || channel || '）') as matter, count(*) as queries
				  from query_log where at >= ? and channel not in ('DECISION', 'REFUSED') group by 1 order by 2 desc limit 20""", since.atStartOfDay(clock.getZone()).toOffsetDateTime()));
		body.put("measuresApplied", rows("""
				select measure, count(*) as applied from measure_feedback where applied_at >= ?
				 group by 1 order by 2 desc limit 20""", since.atStartOfDay(clock.getZone()).toOffsetDateTime()));
		return body;
	}

	private List<Map<String, Object>> rows(String sql, Object since) {
		return jdbc.sql(sql).param(since).query().listOfRows();
	}
}
