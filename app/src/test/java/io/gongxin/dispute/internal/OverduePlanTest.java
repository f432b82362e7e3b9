package io.gongxin.dispute.internal;

import java.time.LocalDate;

import javax.sql.DataSource;

import io.gongxin.GongxinTest;
import io.gongxin.QueryPlans;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: the objection deadline sweep reads only the overdue objections, through the index on their deadline. */
@GongxinTest
class OverduePlanTest {

	@Autowired
	DataSource dataSource;

	@Test
	@DisplayName("R-30b: the overdue sweep reads the range of objections_overdue before today, not every objection")
	void overdueSweepReadsTheDeadlineIndex() throws Exception {
		LocalDate today = LocalDate.of(2027, 3, 1);
		String plan = QueryPlans.explain(dataSource, ObjectionDeadlinesJdbc.SUSPEND_OVERDUE, today, today);
		assertThat(plan).contains("objections_overdue").containsPattern("Index Cond: \\(verify_by < ").doesNotContain("Seq Scan");
	}
}
