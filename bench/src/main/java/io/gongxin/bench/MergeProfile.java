package io.gongxin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.gongxin.GongxinApplication;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where one batch chunk's merge spends its time, statement by statement: loads N penalty rows through
 * {@code POST /api/v1/batches} (as {@link IngestBenchmark} does), then stages one more chunk of 10,000 new records
 * in {@code batch_chunk} and runs the merge's writes under {@code EXPLAIN (ANALYZE, BUFFERS)} (index upkeep is in
 * each insert's time, foreign-key checks are listed as triggers), in a transaction that is rolled back. The
 * statements are copies of the ones in {@code batch.internal.ChunkInsertions}, {@code ChunkOutcomes} and
 * {@code stats.internal.RecordProjection}: keep them in step.
 *
 * <pre>java -cp "bench/target/gongxin-bench.jar:bench/target/lib/*" io.gongxin.bench.MergeProfile 200000</pre>
 */
public final class MergeProfile {

	private static final int CHUNK = 10_000;

	private MergeProfile() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
		Path work = Files.createTempDirectory("gongxin-merge-");
		Path csv = work.resolve("penalties.csv");
		IngestBenchmark.generate(rows, csv);
		String[] arguments = { "--demo", "--server.port=0", "--gongxin.data-directory=" + work.resolve("data"),
				"--gongxin.demo-data.organisations=10", "--logging.level.root=WARN" };
		try (ConfigurableApplicationContext platform = GongxinApplication.application(arguments).run(arguments)) {
			DataSource owner = platform.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)
				.getPostgresDatabase();
			int port = ((WebServerApplicationContext) platform).getWebServer().getPort();
			System.out.printf("loaded %,d rows through the batch path in %.1f s%n", rows,
					IngestBenchmark.viaBatch(port, csv, rows));
			Thread.sleep(5_000); // let the statistics' listener catch up, so that it does not compete
			try (Connection connection = owner.getConnection()) {
				connection.setAutoCommit(false);
				for (int round = 1; round <= 3; round++) {
					System.out.println("=== round " + round);
					profile(connection);
					connection.rollback();
				}
			}
		}
	}

	private static void profile(Connection connection) throws Exception {
		try (Statement sql = connection.createStatement()) {
			sql.execute("create temp table batch_chunk (like batch_staging) on commit drop");
			sql.execute("""
					insert into batch_chunk (batch_id, row_no, source_ref, subject_key, occurred_on, ended_on, fields, late,
					                         record_id, outcome)
					select gen_random_uuid(), n, 'profile-' || n, r.subject_key, r.occurred_on, r.ended_on, r.fields, r.late,
					       nextval('record_id_seq'), 'CREATED'
					  from (select row_number() over () n, * from records order by record_id limit %d) r""".formatted(CHUNK));
			sql.execute("analyze batch_chunk");
			for (String[] step : statements()) {
				long started = System.nanoTime();
				List<String> plan = new ArrayList<>();
				try (ResultSet rs = sql.executeQuery("explain (analyze, buffers) " + step[1])) {
					while (rs.next()) {
						plan.add(rs.getString(1));
					}
				}
				System.out.printf("--- %s (%.1f ms with EXPLAIN)%n", step[0], (System.nanoTime() - started) / 1e6);
				plan.forEach(line -> System.out.println("    " + line));
			}
		}
	}

	private static List<String[]> statements() {
		String provider = "(select provider from records order by record_id desc limit 1)";
		return List.of(new String[] { "record_keys", """
				insert into record_keys (provider, source_ref, subject_key, record_id)
				select %s, source_ref, subject_key, record_id from batch_chunk where outcome = 'CREATED'"""
			.formatted(provider) }, new String[] { "records", """
				insert into records (subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on,
				                     ended_on, fields, late, version, submitted_at, updated_at, updated_by)
				select subject_key, record_id, 'ADMIN_PENALTY', (select catalog_version from records limit 1), %s,
				       source_ref, occurred_on, ended_on, fields, late, 1, now(), now(), 'bench'
				  from batch_chunk where outcome = 'CREATED'""".formatted(provider) }, new String[] { "collection_log", """
				insert into collection_log (at, provider, username, channel, batch_id, item, source_ref, subject_key, record_id,
				                            outcome, late)
				select now(), %s, 'bench', 'BATCH', batch_id, 'ADMIN_PENALTY', source_ref, subject_key, record_id, outcome, late
				  from batch_chunk where outcome in ('CREATED', 'UPDATED', 'UNCHANGED')""".formatted(provider) },
				new String[] { "stats_records", """
						insert into stats_records (record_id, provider, submitted_at, late)
						select id, %s, now(), late
						  from unnest((select array_agg(record_id order by row_no) from batch_chunk),
						              (select array_agg(late is true order by row_no) from batch_chunk)) as created (id, late)
						on conflict (record_id) do nothing""".formatted(provider) });
	}
}
