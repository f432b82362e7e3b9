package io.gongxin.record.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import javax.sql.DataSource;

import io.gongxin.GongxinTest;
import io.gongxin.QueryPlans;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: the expiry sweep reads only the due records, through the index on the day their period began. */
@GongxinTest
class ExpiryPlanTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R-27a: the expiry UPDATE of an item reads the range of records_active_by_end up to the last due day, ended or continuing")
	void expiryReadsTheDueRangeOfTheIndex() throws Exception {
		LocalDate today = LocalDate.of(2027, 3, 1);
		Period period = Period.ofYears(3);
		for (boolean continuing : List.of(false, true)) {
			String plan = QueryPlans.explain(dataSource, RecordExpiry.statement(continuing), today.atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)),
					"PENALTY", ExpiryCutoff.lastDue(period, today), period.toString(), today);
			assertThat(plan).contains("records_active_by_end")
				.containsPattern("Index Cond: .*item = .*COALESCE\\(ended_on, occurred_on\\) <= ")
				.doesNotContain("Seq Scan");
		}
	}

	@Test
	@DisplayName("R-27a: the three-tier sweep's candidates come from the same index")
	void severityCandidatesReadTheIndex() throws Exception {
		String plan = QueryPlans.explain(dataSource, "select record_id from records where item = ? and state = 'ACTIVE'"
				+ " and coalesce(ended_on, occurred_on) <= ? and record_id > ? order by record_id limit ?", "DISHONEST",
				LocalDate.of(2024, 3, 1), 0L, 5000);
		assertThat(plan).contains("records_active_by_end").doesNotContain("Seq Scan");
	}

	@Test
	@DisplayName("R-27a: the database adds a period to a day as ExpiryCutoff counts it, so the index range loses no due record")
	void databaseAgreesWithTheCutoffAtMonthEnds() {
		for (String today : List.of("2029-02-28", "2028-02-29", "2027-03-31", "2027-04-30", "2028-03-01", "2027-12-31")) {
			for (Period period : List.of(Period.ofYears(1), Period.ofMonths(1), Period.ofMonths(6), Period.of(0, 1, 15))) {
				LocalDate day = LocalDate.parse(today);
				LocalDate last = ExpiryCutoff.lastDue(period, day);
				Boolean[] due = jdbc.sql("select ? + cast(? as interval) <= ?, ? + cast(? as interval) <= ?")
					.params(last, period.toString(), day, last.plusDays(1), period.toString(), day)
					.query((rs, row) -> new Boolean[] { rs.getBoolean(1), rs.getBoolean(2) })
					.single();
				assertThat(due).as("%s by %s", period, today).containsExactly(true, false);
			}
		}
	}
}
