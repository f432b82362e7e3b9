package io.gongxin.batch.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.gongxin.GongxinTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 point 1: with the next chunk read and checked on a second thread while this one commits, the chunks
 * still commit one after the other in the file's order, each continuing from the last committed row, and every row
 * is counted, stored or refused exactly once (a repeated source reference still starts a new chunk, invalid rows
 * still get their errors under their own row numbers).
 */
@GongxinTest
class ChunkPipelineTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BatchStore store;

	@Autowired
	BatchFiles files;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RowSources sources;

	@Autowired
	RowChecks checks;

	@Autowired
	ChunkCommits commits;

	@Autowired
	BatchOutcomes outcomes;

	@Autowired
	FileErrorTexts texts;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("chunks commit in the file's order, each after the last committed row; every row counted, stored or refused once")
	void chunksCommitInOrderAndNothingIsLost() {
		String prefix = "pipeline-" + System.nanoTime();
		StringBuilder csv = new StringBuilder(BatchLimitsTest.HEADER);
		List<String> stored = new ArrayList<>();
		List<Integer> invalidRows = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			int rowNumber = i + 1; // the header is row 1
			if (i % 9 == 0) {
				csv.append(BatchLimitsTest.row(prefix + "-bad-" + i).replace(BatchLimitsTest.COMPANY, "not-an-id"));
				invalidRows.add(rowNumber);
			}
			else if (i == 22) {
				csv.append(BatchLimitsTest.row(prefix + "-21")); // a repeat of the row before: a new chunk, last one wins
			}
			else {
				csv.append(BatchLimitsTest.row(prefix + "-" + i));
				stored.add(prefix + "-" + i);
			}
		}
		UUID id = runningBatch(csv.toString());
		List<Integer> doneBeforeEachCommit = new ArrayList<>();
		new BatchProcessor(store, files, sources, checks, commits, outcomes, texts, 4)
			.process(lease(id), () -> false, chunk -> doneBeforeEachCommit.add(store.find(id).orElseThrow().rowsDone()));

		Batch batch = store.find(id).orElseThrow();
		assertThat(batch.status()).isEqualTo("DONE");
		assertThat(batch.rows()).isEqualTo(40);
		assertThat(batch.rejected()).isEqualTo(invalidRows.size());
		assertThat(batch.accepted()).isEqualTo(40 - invalidRows.size());
		assertThat(batch.rowsDone()).isEqualTo(41);
		assertThat(doneBeforeEachCommit).as("each chunk commits after the one before it, in the file's order")
			.isSorted()
			.doesNotHaveDuplicates()
			.startsWith(0)
			.hasSizeGreaterThan(40 / 4);
		assertThat(jdbc.sql("select source_ref from records where provider = 'TAX' and source_ref like ? order by record_id")
			.param(prefix + "-%").query(String.class).list())
			.as("stored once each, in the order of the file").containsExactlyElementsOf(stored);
		assertThat(jdbc.sql("select distinct row_no from batch_errors where batch_id = ? order by row_no").param(id)
			.query(Integer.class).list()).as("refused under their own row numbers").containsExactlyElementsOf(invalidRows);
	}

	private UUID runningBatch(String csv) {
		UUID id = UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					insert into batches (id, provider, username, item, format, file_name, size_bytes, status, created_at,
					                     attempts, heartbeat_at, started_at)
					values (?, 'TAX', 'tax', 'ADMIN_PENALTY', 'CSV', 'x.csv', 0, 'RUNNING', ?, 1, ?, ?)""")
				.params(id, OffsetDateTime.now(clock), OffsetDateTime.now(clock), OffsetDateTime.now(clock))
				.update();
			try {
				files.store(id, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return id;
	}

	private Lease lease(UUID id) {
		UUID token = UUID.randomUUID();
		jdbc.sql("update batches set lease = ? where id = ?").params(token, id).update();
		return new Lease(id, token);
	}
}
