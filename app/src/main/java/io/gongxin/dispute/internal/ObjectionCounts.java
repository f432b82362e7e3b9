package io.gongxin.dispute.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Open objections by status, and those past their deadline by the party that is late, on a given day. */
record ObjectionCounts(long received, long forwarded, long centreOverdue, long providerOverdue) {

	static ObjectionCounts read(JdbcClient jdbc, LocalDate today) {
		return jdbc.sql("""
				select count(*) filter (where status = 'RECEIVED'),
				       count(*) filter (where status = 'FORWARDED'),
				       count(*) filter (where status = 'RECEIVED' and compare_by < ?),
				       count(*) filter (where status = 'FORWARDED' and verify_by < ?)
				  from objections where status in ('RECEIVED', 'FORWARDED')""")
			.params(today, today)
			.query((rs, row) -> new ObjectionCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}
}
