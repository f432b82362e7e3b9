package io.gongxin.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.gongxin.GongxinApplication;
import io.gongxin.synthetic.SyntheticSubjects;
import org.postgresql.PGConnection;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bulk ingestion against bare COPY, in one run on one database: generates N penalty records as CSV,
 * (a) bulk-copies them into a plain table of the same columns, (b) submits them to the platform through
 * {@code POST /api/v1/batches} and waits until the batch is done; writes both rates and their ratio to
 * {@code docs/benchmarks.md}.
 *
 * <pre>java -cp "bench/target/gongxin-bench.jar:bench/target/lib/*" io.gongxin.bench.IngestBenchmark 1000000</pre>
 */
public final class IngestBenchmark {

	private static final String HEADER = "sourceRef,subjectType,subjectId,subjectName,occurredOn,endedOn,decisionNumber,penaltyType,decidedOn,authority,amount\n";

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path work = Files.createTempDirectory("gongxin-bench-");
		Path csv = work.resolve("penalties.csv");
		long generated = generate(rows, csv);
		System.out.printf("generated %,d rows (%,d bytes)%n", rows, generated);
		String[] arguments = { "--demo", "--server.port=0", "--gongxin.data-directory=" + work.resolve("data"),
				"--gongxin.demo-data.organisations=10", "--logging.level.root=WARN" };
		try (ConfigurableApplicationContext platform = GongxinApplication.application(arguments).run(arguments)) {
			// the owner's connection (the embedded superuser): the bench loads straight into the store and makes
			// tables of its own, which the application's restricted role may not (ADR 0010)
			DataSource dataSource = platform.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)
				.getPostgresDatabase();
			double copySeconds = bareCopy(dataSource, csv);
			int port = ((WebServerApplicationContext) platform).getWebServer().getPort();
			double batchSeconds = viaBatch(port, csv, rows);
			report(rows, copySeconds, batchSeconds);
		}
	}

	static long generate(int rows, Path csv) throws IOException {
		SyntheticSubjects generator = new SyntheticSubjects(2026);
		List<String> companies = new ArrayList<>();
		for (int i = 0; i < Math.max(1, rows / 10); i++) {
			companies.add(generator.organisation().code().value());
		}
		LocalDate first = LocalDate.of(2024, 1, 1);
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			for (int i = 0; i < rows; i++) {
				String date = first.plusDays(i % 600).toString();
				out.write("bench-" + i + ",LEGAL_PERSON," + companies.get(i % companies.size()) + ",示例企业," + date
						+ ",,沪市监罚〔2025〕" + i + "号,罚款," + date + ",市市场监督管理局," + (i % 100) + ".5\n");
			}
		}
		return Files.size(csv);
	}

	/** COPY of the same file into a table with the same columns and no constraints: the ceiling. */
	static double bareCopy(DataSource dataSource, Path csv) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("""
					create table if not exists bench_copy (source_ref text, subject_type text, subject_id text,
					  subject_name text, occurred_on date, ended_on date, decision_number text, penalty_type text,
					  decided_on date, authority text, amount numeric)""");
			connection.createStatement().execute("truncate bench_copy");
			long start = System.nanoTime();
			try (Reader in = Files.newBufferedReader(csv)) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy bench_copy from stdin (format csv, header true)", in);
			}
			return (System.nanoTime() - start) / 1e9;
		}
	}

	static double viaBatch(int port, Path csv, int rows) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String auth = "Basic " + Base64.getEncoder().encodeToString("tax:tax-demo".getBytes(StandardCharsets.UTF_8));
		String boundary = "bench" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"item\"\r\n\r\nADMIN_PENALTY\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"penalties.csv\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long start = System.nanoTime();
		HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/batches"))
			.header("Authorization", auth)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(csv), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (accepted.statusCode() != 202) {
			throw new IllegalStateException("upload refused: " + accepted.body());
		}
		String id = field(accepted.body(), "id");
		System.out.printf(Locale.ROOT, "upload accepted after %.1f s%n", (System.nanoTime() - start) / 1e9);
		while (true) {
			String body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/batches/" + id))
				.header("Authorization", auth)
				.build(), HttpResponse.BodyHandlers.ofString()).body();
			String status = field(body, "status");
			if (status.equals("DONE") || status.equals("FAILED")) {
				double seconds = (System.nanoTime() - start) / 1e9;
				if (!status.equals("DONE") || !field(body, "accepted").equals(String.valueOf(rows))) {
					throw new IllegalStateException("batch did not accept every row: " + body.substring(0, Math.min(500, body.length())));
				}
				return seconds;
			}
			Thread.sleep(100);
		}
	}

	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

	static void report(int rows, double copySeconds, double batchSeconds) throws IOException {
		double copyRate = rows / copySeconds;
		double batchRate = rows / batchSeconds;
		String section = String.format(Locale.ROOT, """
				## Bulk ingestion: POST /batches against bare COPY (issue 3)

				Command: `mvn -q -pl bench -am package -DskipTests && java -cp "bench/target/gongxin-bench.jar:bench/target/lib/*" io.gongxin.bench.IngestBenchmark %d`

				Run on %s, %d cores, Java %s, embedded PostgreSQL 17, %s.

				| path | rows | seconds | rows per second |
				| --- | ---: | ---: | ---: |
				| bare `COPY` into a plain table of the same columns | %,d | %.1f | %,.0f |
				| `POST /api/v1/batches` (upload, per-row validation, subject resolution, COPY to staging, set-based merge, history, collection log) | %,d | %.1f | %,.0f |

				Ratio (platform / bare COPY): **%.0f %%**.
				""", rows, System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Instant.now().toString().substring(0, 10), rows, copySeconds, copyRate,
				rows, batchSeconds, batchRate, 100 * batchRate / copyRate);
		System.out.println(section);
		Path file = Path.of("docs/benchmarks.md");
		String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\nFigures are measured, never asserted by tests. Each section names the command that produced it.\n\n";
		int from = existing.indexOf("## Bulk ingestion");
		if (from >= 0) {
			int to = existing.indexOf("\n## ", from + 3);
			existing = existing.substring(0, from) + (to < 0 ? "" : existing.substring(to + 1));
		}
		Files.writeString(file, existing.stripTrailing() + "\n\n" + section);
	}
}
