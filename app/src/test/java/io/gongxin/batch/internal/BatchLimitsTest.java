package io.gongxin.batch.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.platform.GongxinProperties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads built to exhaust a worker (issue 12, point 7), and the upload at rest (point 8): each fails its
 * own batch with a code, the worker goes on with the next, and no upload outlives its batch.
 */
@GongxinTest
class BatchLimitsTest {

	static final String COMPANY = "91350100M000100Y43";

	static final String HEADER = "sourceRef,subjectType,subjectId,subjectName,occurredOn,endedOn,decisionNumber,penaltyType,decidedOn,authority,amount\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BatchStore store;

	@Autowired
	BatchClaims claims;

	@Autowired
	BatchReleases releases;

	@Autowired
	BatchFiles files;

	@Autowired
	UploadSweep sweep;

	@Autowired
	TestClock clock;

	@Autowired
	GongxinProperties properties;

	@Autowired
	BatchErrorReport errorReport;

	@Autowired
	io.gongxin.platform.DatabaseRetry retry;

	@Autowired
	io.gongxin.catalog.Catalogs catalogs;

	static String row(String ref) {
		return String.join(",", ref, "LEGAL_PERSON", COMPANY, "示例企业", "2025-04-01", "", "沪市监罚〔2025〕" + ref + "号", "罚款",
				"2025-04-01", "市市场监督管理局", "1.5") + "\n";
	}

	String upload(String name, byte[] content) throws Exception {
		return io.gongxin.collection.BatchFixture.upload(mvc, accounts.tax(), name, content, "ADMIN_PENALTY");
	}

	String finished(String id) throws Exception {
		return io.gongxin.collection.BatchFixture.finished(mvc, accounts.tax(), id, Duration.ofSeconds(90));
	}

	private void assertFailed(String body, String code) {
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(body, "$.failure")).isEqualTo(code);
	}

	/** An XLSX of ~2 MB whose shared-string table inflates to 300 MB: within the ratio test, beyond the entry cap. */
	private static byte[] sharedStringsBomb() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/media/image1.bin"));
			byte[] noise = new byte[2 * 1024 * 1024];
			new Random(7).nextBytes(noise);
			zip.write(noise);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 300; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	@Test
	@DisplayName("R-09a an XLSX whose shared strings inflate beyond the entry cap fails ZIP_ENTRY_TOO_LARGE; the next batch is processed")
	void sharedStringsBombFailsItsBatchOnly() throws Exception {
		byte[] bomb = sharedStringsBomb();
		assertThat(bomb.length * (long) ZipBombGuard.MAX_RATIO).as("the ratio test alone would let it through")
			.isGreaterThan(300L * 1024 * 1024);
		assertFailed(finished(upload("bomb.xlsx", bomb)), "ZIP_ENTRY_TOO_LARGE");
		String next = finished(upload("next.csv", (HEADER + row("after-bomb-" + System.nanoTime())).getBytes(StandardCharsets.UTF_8)));
		assertThat((String) JsonPath.read(next, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(next, "$.accepted")).isEqualTo(1);
	}

	@Test
	@DisplayName("R-09a a quoted CSV cell of 20 MB split into short lines fails CELL_TOO_LARGE; rows before it are kept")
	void hugeQuotedCellFailsTheBatch() throws Exception {
		String ref = "before-cell-" + System.nanoTime();
		StringBuilder csv = new StringBuilder(HEADER).append(row(ref)).append("big,LEGAL_PERSON,").append(COMPANY).append(",\"");
		String line = "x".repeat(99) + "\n";
		for (int i = 0; i < 200_000; i++) {
			csv.append(line);
		}
		csv.append("\",2025-04-01,,n,罚款,2025-04-01,a,1\n");
		String body = finished(upload("cell.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
		assertFailed(body, "CELL_TOO_LARGE");
		assertThat((Integer) JsonPath.read(body, "$.accepted")).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from records where provider = 'TAX' and source_ref = ?").param(ref)
			.query(Long.class).single()).isEqualTo(1);
		String next = finished(upload("next.csv", (HEADER + row("after-cell-" + System.nanoTime())).getBytes(StandardCharsets.UTF_8)));
		assertThat((String) JsonPath.read(next, "$.status")).isEqualTo("DONE");
	}

	@Test
	@DisplayName("R-09a a batch whose processing throws an Error is FAILED with FILE_TOO_COMPLEX and the worker goes on")
	void anErrorFailsTheBatchNotTheWorker() throws Exception {
		UUID id = runningBatch(1, OffsetDateTime.now(clock).plusHours(1));
		BatchProcessor dying = new BatchProcessor(store, files, null, null, null, null, null, 10) {
			@Override
			void process(Lease lease, java.util.function.BooleanSupplier stopping) {
				throw new OutOfMemoryError("simulated");
			}

			@Override
			void fail(Lease lease, String code) {
				store.fail(lease.batch(), code);
			}
		};
		BatchWorker worker = new BatchWorker(claims, releases, dying, retry, Duration.ofSeconds(5), 1, 3,
				Duration.ofSeconds(1));
		try {
			worker.run(lease(id));
			assertThat(store.find(id).orElseThrow().status()).isEqualTo("FAILED");
			assertThat(store.find(id).orElseThrow().failure()).isEqualTo("FILE_TOO_COMPLEX");
			UUID other = runningBatch(1, OffsetDateTime.now(clock).plusHours(1));
			worker.run(lease(other));
			assertThat(store.find(other).orElseThrow().failure()).as("the same worker runs the next batch")
				.isEqualTo("FILE_TOO_COMPLEX");
		}
		finally {
			worker.stop();
		}
	}

	@Test
	@DisplayName("R-09a a batch whose node died on each of its 3 starts is FAILED BATCH_ATTEMPTS_EXHAUSTED, not retaken")
	void attemptsAreBounded() throws Exception {
		OffsetDateTime silent = OffsetDateTime.now(clock).minusHours(1);
		UUID exhausted = runningBatch(3, silent);
		UUID retaken = runningBatch(1, silent);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)
				&& !(store.find(exhausted).orElseThrow().status().equals("FAILED")
						&& store.find(retaken).orElseThrow().status().equals("FAILED"))) {
			Thread.sleep(100);
		}
		assertThat(store.find(exhausted).orElseThrow().failure()).isEqualTo("BATCH_ATTEMPTS_EXHAUSTED");
		assertThat(attempts(exhausted)).as("not started again").isEqualTo(3);
		assertThat(attempts(retaken)).as("taken over while starts remain").isEqualTo(2);
		assertThat(files.storedBytes(exhausted)).isZero();
		String body = mvc.perform(get("/api/v1/batches/{id}", exhausted).with(accounts.tax()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(body, "$.errors[0].code")).isEqualTo("BATCH_ATTEMPTS_EXHAUSTED");
	}

	@Test
	@DisplayName("R-09a after a batch is DONE its uploaded file is gone: no stored bytes, no file under the data directory")
	void theUploadIsDeletedWithTheOutcome() throws Exception {
		String ref = "gone-" + System.nanoTime();
		String id = upload("gone.csv", (HEADER + row(ref) + row(ref + "-bad").replace(COMPANY, "12345")).getBytes(StandardCharsets.UTF_8));
		assertThat(files.storedBytes(UUID.fromString(id)) + doneBytes(id)).isPositive();
		String body = finished(id);
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("DONE");
		assertThat(files.storedBytes(UUID.fromString(id))).isZero();
		assertThat(jdbc.sql("select stored_path from batches where id = ?").param(UUID.fromString(id)).query(String.class)
			.optional()).isEmpty();
		for (String folder : new String[] { "batches", "batch-work" }) {
			assertThat(properties.dataDirectory().resolve(folder).resolve(id + ".upload")).doesNotExist();
		}
		// the error report still shows the rejected row as sent, kept sealed at processing time
		Batch batch = store.find(UUID.fromString(id)).orElseThrow();
		byte[] report = errorReport.write(batch, catalogs.published().item("ADMIN_PENALTY").orElseThrow());
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(report))) {
			var rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).getCellText(0)).isEqualTo(ref + "-bad");
		}
		assertThat(jdbc.sql("select content from batch_rejected_rows where batch_id = ?").param(UUID.fromString(id))
			.query(byte[].class).single()).asString(StandardCharsets.ISO_8859_1).doesNotContain(ref);
	}

	@Test
	@DisplayName("R-09a a stored upload is sealed: its bytes in the database are not the file's")
	void theStoredUploadIsSealed() throws Exception {
		UUID id = UUID.randomUUID();
		byte[] plain = (HEADER + row("sealed")).getBytes(StandardCharsets.UTF_8);
		insertBatch(id, "DONE", 0, null);
		files.store(id, new java.io.ByteArrayInputStream(plain));
		byte[] stored = jdbc.sql("select content from batch_files where batch_id = ?").param(id).query(byte[].class).single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(COMPANY);
		Path back = files.unseal(id, null);
		try {
			assertThat(Files.readAllBytes(back)).isEqualTo(plain);
			assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(back)))
				.isEqualTo("rw-------");
		}
		finally {
			files.deleteWorkFile(back);
		}
		sweep.sweep();
		assertThat(files.storedBytes(id)).as("the start-up sweep deletes uploads of finished batches").isZero();
	}

	@Test
	@DisplayName("R-09a a batch file over its limit gets 413 FILE_TOO_LARGE before it is read")
	void batchFileOverItsLimit() throws Exception {
		mvc.perform(post("/api/v1/batches").contentType("multipart/form-data; boundary=x")
			.header("Content-Length", String.valueOf(600L * 1024 * 1024))
			.content("--x--".getBytes(StandardCharsets.UTF_8))
			.with(accounts.tax()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("FILE_TOO_LARGE"));
	}

	private long doneBytes(String id) {
		return jdbc.sql("select size_bytes from batches where id = ?").param(UUID.fromString(id)).query(Long.class).single();
	}

	private int attempts(UUID id) {
		return jdbc.sql("select attempts from batches where id = ?").param(id).query(Integer.class).single();
	}

	/** Gives a batch written directly a lease, as a claim would. */
	private Lease lease(UUID id) {
		UUID token = UUID.randomUUID();
		jdbc.sql("update batches set lease = ? where id = ?").params(token, id).update();
		return new Lease(id, token);
	}

	private UUID runningBatch(int attempts, OffsetDateTime heartbeat) {
		UUID id = UUID.randomUUID();
		insertBatch(id, "RUNNING", attempts, heartbeat);
		return id;
	}

	/** A batch row written directly, never QUEUED, so the node's own worker does not race the test for it. */
	private void insertBatch(UUID id, String status, int attempts, OffsetDateTime heartbeat) {
		jdbc.sql("""
				insert into batches (id, provider, username, item, format, file_name, size_bytes, status, created_at,
				                     attempts, heartbeat_at)
				values (?, 'TAX', 'tax', 'ADMIN_PENALTY', 'CSV', 'x.csv', 0, ?, ?, ?, ?)""")
			.params(id, status, OffsetDateTime.now(clock), attempts, heartbeat)
			.update();
	}
}
