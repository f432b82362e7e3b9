package io.gongxin.record;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.collection.BatchFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Records a batch file merges with its own set-based SQL are published too, one {@link RecordsMerged} per chunk
 * (not one publication per record): the statistics' listener (through the event publication registry) counts
 * them like records submitted one by one.
 */
@GongxinTest
class BatchRecordChangesTest {

	static final String HEADER = "sourceRef,subjectType,subjectId,subjectName,occurredOn,endedOn,decisionNumber,penaltyType,decidedOn,authority,amount\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private static String row(String ref, String amount) {
		return String.join(",", ref, "LEGAL_PERSON", "91350100M000100Y43", "示例企业", "2025-04-01", "",
				"沪市监罚〔2025〕" + ref + "号", "罚款", "2025-04-01", "市市场监督管理局", amount) + "\n";
	}

	private void merged(String csv) throws Exception {
		String body = mvc.perform(multipart("/api/v1/batches")
			.file(new MockMultipartFile("file", "p.csv", null, (HEADER + csv).getBytes(StandardCharsets.UTF_8)))
			.param("item", "ADMIN_PENALTY")
			.with(accounts.tax())).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
		String done = BatchFixture.finished(mvc, accounts.tax(), JsonPath.read(body, "$.id"), Duration.ofSeconds(60));
		assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
	}

	@Test
	@DisplayName("R-09a records created and corrected by a batch publish one RecordsMerged per chunk, counted by the statistics once")
	void batchRecordsArePublished() throws Exception {
		String a = "evt-a-" + System.nanoTime();
		String b = "evt-b-" + System.nanoTime();
		long before = publications();
		merged(row(a, "1.5") + row(b, "1.5"));
		assertThat(publications() - before).as("one publication for the chunk's two records").isEqualTo(1);
		List<Long> ids = jdbc.sql("select record_id from records where provider = 'TAX' and source_ref in (?, ?)")
			.params(a, b)
			.query(Long.class)
			.list();
		assertThat(ids).hasSize(2);
		Eventually.holds(() -> assertThat(counted(ids)).isEqualTo(2));
		assertThat(countedAsStored(ids)).as("each counted with its record's provider, arrival and lateness").isEqualTo(2);
		merged(row(a, "2.5"));
		assertThat(jdbc.sql("select version from records where provider = 'TAX' and source_ref = ?").param(a)
			.query(Integer.class).single()).isEqualTo(2);
		Eventually.holds(() -> assertThat(counted(ids)).isEqualTo(2));
	}

	@Test
	@DisplayName("R-09b every record a batch stores has its line in the collection log: batch, source reference, subject, record")
	void collectionLogNamesEveryStoredRecord() throws Exception {
		String a = "log-a-" + System.nanoTime();
		String b = "log-b-" + System.nanoTime();
		merged(row(a, "1.5") + row(b, "1.5"));
		merged(row(a, "3.5") + row(b, "1.5"));
		assertThat(jdbc.sql("""
				select c.outcome from records r
				  join collection_log c on c.record_id = r.record_id and c.source_ref = r.source_ref
				   and c.subject_key = r.subject_key and c.provider = r.provider and c.channel = 'BATCH'
				   and c.batch_id is not null and c.item = r.item
				 where r.provider = 'TAX' and r.source_ref in (?, ?)""")
			.params(a, b)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("CREATED", "CREATED", "UPDATED", "UNCHANGED");
	}

	@Test
	@DisplayName("R-09a a RecordsMerged published before issue 16 (ids only, no provider) is still counted, from the records")
	void idsOnlyPublicationIsCounted() throws Exception {
		String a = "old-a-" + System.nanoTime();
		merged(row(a, "1.5"));
		List<Long> ids = jdbc.sql("select record_id from records where provider = 'TAX' and source_ref = ?").param(a)
			.query(Long.class)
			.list();
		Eventually.holds(() -> assertThat(counted(ids)).isEqualTo(1));
		jdbc.sql("delete from stats_records where record_id = ?").param(ids.get(0)).update();
		transactions.executeWithoutResult(status -> events.publishEvent(
				new RecordsMerged(null, ids, null, List.of(), Instant.parse("2026-01-05T02:00:00Z"))));
		Eventually.holds(() -> assertThat(countedAsStored(ids)).isEqualTo(1));
	}

	/** The records' statistics rows that say what the records say. */
	private long countedAsStored(List<Long> ids) {
		return jdbc.sql("""
				select count(*) from stats_records s join records r using (record_id)
				 where r.record_id = any(?) and s.provider = r.provider and s.submitted_at = r.submitted_at
				   and s.late = coalesce(r.late, false)""")
			.param(ids.toArray(Long[]::new))
			.query(Long.class)
			.single();
	}

	private long publications() {
		return jdbc.sql("select count(*) from event_publication where event_type = ?")
			.param(RecordsMerged.class.getName())
			.query(Long.class)
			.single();
	}

	private long counted(List<Long> ids) {
		return jdbc.sql("select count(*) from stats_records where record_id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(Long.class)
			.single();
	}
}
