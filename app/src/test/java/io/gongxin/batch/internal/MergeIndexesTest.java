package io.gongxin.batch.internal;

import java.util.List;

import javax.sql.DataSource;

import io.gongxin.GongxinTest;
import io.gongxin.QueryPlans;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 point 1: every index a batch chunk keeps up while it merges serves a read or a sweep (each shown here by
 * the plan of the statement it serves), and the collection log, which the platform only appends to, has none but
 * its primary key.
 */
@GongxinTest
class MergeIndexesTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private List<String> indexes(String table) {
		return jdbc.sql("select indexname from pg_indexes where schemaname = current_schema() and tablename = ? order by 1")
			.param(table)
			.query(String.class)
			.list();
	}

	@Test
	@DisplayName("R-09b the collection log keeps its primary key and no index that no read uses")
	void collectionLogHasOnlyItsKey() {
		assertThat(indexes("collection_log")).containsExactly("collection_log_pkey");
	}

	@Test
	@DisplayName("the records' indexes are exactly those a read or sweep uses, each shown by its statement's plan")
	void everyRecordIndexServesARead() throws Exception {
		assertThat(indexes("records")).containsExactly("records_active_by_end", "records_by_id", "records_by_provider",
				"records_pkey");
		assertThat(QueryPlans.explain(dataSource, "select * from records where subject_key = ?"
				+ " and state in ('ACTIVE', 'REPAIRED') order by occurred_on, record_id", 1L))
			.as("a subject's profile").contains("records_pkey");
		assertThat(QueryPlans.explain(dataSource, "select * from records where record_id = ?", 1L))
			.as("a record by id").contains("records_by_id");
		assertThat(QueryPlans.explain(dataSource, "select * from records where provider = ?"
				+ " and (cast(? as text) is null or item = ?) order by record_id desc limit ? offset ?", "SOME_PROVIDER", null,
				null, 20, 0))
			.as("a provider's own records (one provider among many: the test data's busiest one is read faster backwards by id)")
			.contains("records_by_provider");
		assertThat(QueryPlans.explain(dataSource, "select record_id from records where item = ? and state = 'ACTIVE'"
				+ " and coalesce(ended_on, occurred_on) <= ? and record_id > ? order by record_id limit ?", "ADMIN_PENALTY",
				java.time.LocalDate.of(2024, 3, 1), 0L, 5000))
			.as("the expiry sweep").contains("records_active_by_end");
	}

	@Test
	@DisplayName("R-09a a chunk's existing source references are found through the key's primary key")
	void existingKeysUseTheKey() throws Exception {
		assertThat(indexes("record_keys")).containsExactly("record_keys_pkey");
		assertThat(QueryPlans.explain(dataSource,
				"select source_ref, record_id from record_keys where provider = ? and source_ref = any(?)", "TAX",
				new String[] { "a", "b" }))
			.contains("record_keys_pkey");
	}
}
