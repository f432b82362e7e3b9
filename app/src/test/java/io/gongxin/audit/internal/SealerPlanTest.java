package io.gongxin.audit.internal;

import java.time.OffsetDateTime;

import javax.sql.DataSource;

import io.gongxin.GongxinTest;
import io.gongxin.QueryPlans;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: the sealer reads only what may be unsealed, through indexes, never the whole query log. */
@GongxinTest
class SealerPlanTest {

	@Autowired
	DataSource dataSource;

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
}
