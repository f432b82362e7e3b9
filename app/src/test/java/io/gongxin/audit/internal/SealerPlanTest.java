package io.gongxin.audit.internal;

import java.time.OffsetDateTime;

import javax.sql.DataSource;

import io.gongxin.GongxinTest;
import io.gongxin.QueryPlans;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: the sealer reads only what may be unsealed, through indexes, never the whole query log. */
@GongxinTest
class SealerPlanTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UnsealedEntries unsealed;

	@Test
	@DisplayName("R-26: the sealer's round reads the entries after the sealed id (primary keys) or since the horizon (logged_at), each checked on the chain's unique entry id")
	void sealingRoundReadsTheIndexes() throws Exception {
		String plan = QueryPlans.explain(dataSource, UnsealedEntries.NEXT, 1000L, OffsetDateTime.ofInstant(io.gongxin.TestClock.START, java.time.ZoneOffset.UTC).minusSeconds(5), 1000L, 500);
		assertThat(plan).contains("Index Cond: (id > ")
			.contains("Index Cond: (logged_at >= ")
			.contains("query_log_chain_entry_id_key")
			.doesNotContain(" OR ")
			.doesNotContain("Seq Scan");
		String sealed = QueryPlans.explain(dataSource, UnsealedEntries.SEALED_UP_TO);
		assertThat(sealed).contains("query_log_chain_entry_id_key").doesNotContain("Seq Scan");
	}

	@Test
	@DisplayName("R-26: the sealer's round plans its read without parallel workers, in its own transaction only, unless it works off a backlog")
	void sealingRoundStartsNoParallelWorkers() {
		OffsetDateTime since = OffsetDateTime.ofInstant(io.gongxin.TestClock.START, java.time.ZoneOffset.UTC).minusSeconds(5);
		String[] plans = transactions.execute(status -> {
			// parallel plans made free, as the estimate over many partitions of a large log makes them look worth it
			for (String cheap : new String[] { "parallel_setup_cost = 0", "parallel_tuple_cost = 0",
					"min_parallel_table_scan_size = 0", "min_parallel_index_scan_size = 0" }) {
				jdbc.sql("set local " + cheap).update();
			}
			String parallel = explain(since);
			unsealed.next(since, 500, true);
			String backlog = explain(since);
			unsealed.next(since, 500, false);
			return new String[] { parallel, explain(since), backlog };
		});
		assertThat(plans[2]).as("a round after a full batch may use workers").contains("Gather");
		assertThat(plans[0]).as("the planner would start workers").contains("Gather");
		assertThat(plans[1]).as("the round's own statement").doesNotContain("Gather").doesNotContain("Parallel");
		assertThat(jdbc.sql("show max_parallel_workers_per_gather").query(String.class).single())
			.as("after the round's transaction").isNotEqualTo("0");
	}

	private String explain(OffsetDateTime since) {
		return String.join("\n", jdbc.sql("explain (costs off) " + UnsealedEntries.NEXT)
			.params(1000L, since, 1000L, 500)
			.query(String.class)
			.list());
	}
}
