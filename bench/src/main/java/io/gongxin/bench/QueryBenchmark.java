package io.gongxin.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.gongxin.GongxinApplication;
import io.gongxin.account.Accounts;
import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticSubjects;
import org.postgresql.PGConnection;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Profile reads over HTTP (anonymous and government, with the query log written on every read) beside
 * the same lookups as bare SQL over JDBC, on one database of N organisations with 10 records each:
 *
 * <pre>java -cp "bench/target/gongxin-bench.jar:bench/target/lib/*" io.gongxin.bench.QueryBenchmark 1000000 10 32 20</pre>
 * (subjects, records per subject, concurrent clients, seconds per measurement)
 *
 * <p>Options: {@code -Dbench.ceiling=true} adds {@code /actuator/health} with the in-process clients;
 * {@code -Dbench.wrk=true} adds the same reads driven by {@code wrk} from outside the JVM ({@link OutsideLoad}; needs
 * {@code apt-get install wrk}, skipped with a note when it is missing); {@code -Dbench.inprocess=false} leaves out the
 * in-process HTTP clients (for a profile of the server alone); {@code -Dbench.virtual=true} runs the requests on
 * virtual threads; {@code -Dbench.throttle=N} counts anonymous lookups in the database as production does;
 * {@code -Dbench.pool}, {@code -Dbench.threads} size the pool and Tomcat. The run ends with one table of every
 * measurement beside the logged bare read, with the CPU each request cost in the JVM and in PostgreSQL.
 */
public final class QueryBenchmark {

	/** Where the commits are counted (pg_stat_database.xact_commit over each measurement), once the platform runs. */
	private static volatile DataSource counted;

	private QueryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int perSubject = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
		Path work = Files.createTempDirectory("gongxin-query-bench-");
		List<String> options = new ArrayList<>(List.of("--demo", "--server.port=0", "--gongxin.data-directory=" + work.resolve("data"),
				"--gongxin.demo-data.organisations=10", "--logging.level.root=WARN", "--gongxin.throttle.anonymous-lookups-per-minute=0"));
		// the platform's own pool and thread sizes (application.yml) unless -Dbench.pool / -Dbench.threads override them
		if (System.getProperty("bench.pool") != null) {
			options.add("--spring.datasource.hikari.maximum-pool-size=" + System.getProperty("bench.pool"));
		}
		if (System.getProperty("bench.groupCommit") != null) {
			// false: each read writes its query-log entry in its own transaction, as before issue 16's group writer
			options.add("--gongxin.audit.group-commit.enabled=" + System.getProperty("bench.groupCommit"));
		}
		if (System.getProperty("bench.threads") != null) {
			options.add("--server.tomcat.threads.max=" + System.getProperty("bench.threads"));
		}
		// -Dbench.virtual=true: request threads are virtual threads (spring.threads.virtual.enabled)
		if (System.getProperty("bench.virtual") != null) {
			options.add("--spring.threads.virtual.enabled=" + System.getProperty("bench.virtual"));
		}
		// -Dbench.throttle=N: anonymous lookups counted in the database as in production (the limit N per minute set
		// high enough that the bench's single address is never refused); without it the throttle is off
		if (System.getProperty("bench.throttle") != null) {
			options.set(5, "--gongxin.throttle.anonymous-lookups-per-minute=" + System.getProperty("bench.throttle"));
		}
		String[] arguments = options.toArray(String[]::new);
		try (ConfigurableApplicationContext platform = GongxinApplication.application(arguments).run(arguments)) {
			// the owner's connection (the embedded superuser): the bench loads straight into the store and makes
			// tables of its own, which the application's restricted role may not (ADR 0010)
			DataSource dataSource = platform.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)
				.getPostgresDatabase();
			long started = System.nanoTime();
			String[] codes = load(dataSource, subjects, perSubject);
			counted = dataSource;
			double loadSeconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("loaded %,d subjects with %,d records in %.0f s%n", subjects, (long) subjects * perSubject, loadSeconds);
			if (Boolean.getBoolean("bench.asyncCommit")) {
				try (Connection c = dataSource.getConnection()) {
					c.createStatement().execute("alter system set synchronous_commit = off");
					c.createStatement().execute("select pg_reload_conf()");
				}
			}
			int port = ((WebServerApplicationContext) platform).getWebServer().getPort();
			String token = platform.getBean(Accounts.class).issueToken("procurement", "bench", null).token();
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String base = "http://localhost:" + port + "/api/v1/subjects/";
			// -Dbench.inprocess=false: only the outside generator (wrk) and the logged bare read, e.g. under a profiler
			boolean inProcess = !"false".equals(System.getProperty("bench.inprocess"));
			List<OutsideLoad.Row> rows = new ArrayList<>();
			if (inProcess && Boolean.getBoolean("bench.ceiling")) {
				rows.add(run("HTTP GET /actuator/health (client and server ceiling)", clients, seconds, codes, code -> {
					HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.ofString());
					check(r.statusCode());
				}).row("in-process"));
			}
			Result anonymous = null;
			Result government = null;
			Result sql = null;
			if (inProcess) {
				anonymous = run("HTTP anonymous", clients, seconds, codes, code -> {
					HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + code + "/profile")).build(),
							HttpResponse.BodyHandlers.ofString());
					check(r.statusCode());
				});
				government = run("HTTP government (GOV_PROCUREMENT)", clients, seconds, codes, code -> {
					HttpResponse<String> r = http.send(HttpRequest
						.newBuilder(URI.create(base + code + "/profile?matter=GOV_PROCUREMENT&purpose=bench"))
						.header("Authorization", "Bearer " + token)
						.build(), HttpResponse.BodyHandlers.ofString());
					check(r.statusCode());
				});
				rows.add(anonymous.row("in-process"));
				rows.add(government.row("in-process"));
			}
			if (Boolean.getBoolean("bench.wrk")) {
				rows.addAll(OutsideLoad.measure(codes, clients, seconds, work, port, token, dataSource));
			}
			if (inProcess) {
				sql = run("bare SQL over JDBC", clients, seconds, codes, code -> bareLookup(dataSource, code));
			}
			LoggedLookup loggedLookup = new LoggedLookup(dataSource);
			warm(clients, codes, loggedLookup::run);
			CpuMeter loggedCpu = CpuMeter.start(dataSource);
			Result loggedSql = measure("bare SQL logged (pgbench-like: a connection per client, prepared, read + log insert + commit)",
					clients, seconds, codes, loggedLookup::run);
			OutsideLoad.Row bare = loggedSql.row("JDBC");
			rows.add(new OutsideLoad.Row(bare.generator(), bare.path(), bare.throughput(), bare.p50(), bare.p90(), bare.p99(),
					-1, loggedCpu.perRequest(loggedSql.requests())));
			long logged;
			try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("select count(*) from query_log")) {
				rs.next();
				logged = rs.getLong(1);
			}
			if (inProcess) {
				report(subjects, perSubject, clients, seconds, loadSeconds, anonymous, government, sql, logged);
				System.out.printf(Locale.ROOT, "against the logged bare SQL: anonymous %.2f, government %.2f%n",
						anonymous.throughput() / loggedSql.throughput(), government.throughput() / loggedSql.throughput());
			}
			OutsideLoad.table(rows, loggedSql.throughput());
		}
	}

	interface Lookup {

		void run(String code) throws Exception;
	}

	record Result(String name, long requests, double seconds, long[] latencies) {

		double throughput() {
			return requests / seconds;
		}

		/** This measurement as a row of the one-run table ({@link OutsideLoad#table}). */
		OutsideLoad.Row row(String generator) {
			return new OutsideLoad.Row(generator, name, throughput(), percentile(0.5), percentile(0.9), percentile(0.99), -1,
					null);
		}

		double percentile(double p) {
			return latencies.length == 0 ? 0 : latencies[(int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] / 1e6;
		}
	}

	static void check(int status) {
		if (status != 200) {
			throw new IllegalStateException("status " + status);
		}
	}

	/** The reads a profile needs, as plain SQL: the subject by its identifier, then its records. */
	static void bareLookup(DataSource dataSource, String code) throws Exception {
		try (Connection c = dataSource.getConnection();
				PreparedStatement subject = c.prepareStatement("""
						select s.subject_key, s.type, s.name, s.uscc from subject_lookup l join subjects s on s.subject_key = l.subject_key
						 where l.lookup = ?""");
				PreparedStatement records = c.prepareStatement("""
						select record_id, item, occurred_on, ended_on, provider, fields::text, state from records
						 where subject_key = ? and state = 'ACTIVE'""")) {
			subject.setString(1, "U:" + code);
			long key;
			try (ResultSet rs = subject.executeQuery()) {
				rs.next();
				key = rs.getLong(1);
			}
			records.setLong(1, key);
			try (ResultSet rs = records.executeQuery()) {
				while (rs.next()) {
					rs.getString(6);
				}
			}
		}
	}

	/**
	 * The database's own logged read, as pgbench would run it: each client keeps its connection and its prepared
	 * statements, reads the subject and its records, inserts the query-log entry and commits.
	 */
	static final class LoggedLookup {

		private final DataSource dataSource;

		private final ThreadLocal<PreparedStatement[]> statements = new ThreadLocal<>();

		LoggedLookup(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		void run(String code) throws Exception {
			PreparedStatement[] s = statements.get();
			if (s == null) {
				Connection c = dataSource.getConnection();
				c.setAutoCommit(false);
				s = new PreparedStatement[] { c.prepareStatement("""
						select s.subject_key, s.type, s.name, s.uscc from subject_lookup l join subjects s on s.subject_key = l.subject_key
						 where l.lookup = ?"""), c.prepareStatement("""
						select record_id, item, occurred_on, ended_on, provider, fields::text, state from records
						 where subject_key = ? and state in ('ACTIVE', 'REPAIRED') order by occurred_on, record_id"""), c.prepareStatement("""
						insert into query_log (id, at, query_id, username, organisation, role, subject_key, items, matter, purpose,
						                       authorization_id, channel)
						values (nextval('query_log_id_seq'), now(), gen_random_uuid(), null, null, 'ANONYMOUS', ?, ?, null, null, null, 'API')""") };
				statements.set(s);
			}
			s[0].setString(1, "U:" + code);
			long key;
			try (ResultSet rs = s[0].executeQuery()) {
				rs.next();
				key = rs.getLong(1);
			}
			s[1].setLong(1, key);
			java.util.Set<String> items = new java.util.LinkedHashSet<>();
			try (ResultSet rs = s[1].executeQuery()) {
				while (rs.next()) {
					items.add(rs.getString(2));
					rs.getString(6);
				}
			}
			Connection c = s[2].getConnection();
			s[2].setLong(1, key);
			s[2].setArray(2, c.createArrayOf("text", items.toArray()));
			s[2].executeUpdate();
			c.commit();
		}
	}

	static Result run(String name, int clients, int seconds, String[] codes, Lookup lookup) throws Exception {
		warm(clients, codes, lookup);
		return measure(name, clients, seconds, codes, lookup);
	}

	static Result measure(String name, int clients, int seconds, String[] codes, Lookup lookup) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		Instant end = Instant.now().plusSeconds(seconds);
		AtomicLong failures = new AtomicLong();
		List<Future<long[]>> futures = new ArrayList<>();
		long[] before = commits();
		long start = System.nanoTime();
		for (int i = 0; i < clients; i++) {
			futures.add(pool.submit(() -> {
				long[] latencies = new long[1 << 16];
				int n = 0;
				while (Instant.now().isBefore(end)) {
					String code = codes[ThreadLocalRandom.current().nextInt(codes.length)];
					long t = System.nanoTime();
					try {
						lookup.run(code);
					}
					catch (Exception ex) {
						failures.incrementAndGet();
						continue;
					}
					if (n == latencies.length) {
						latencies = Arrays.copyOf(latencies, n * 2);
					}
					latencies[n++] = System.nanoTime() - t;
				}
				return Arrays.copyOf(latencies, n);
			}));
		}
		List<long[]> all = new ArrayList<>();
		for (Future<long[]> future : futures) {
			all.add(future.get());
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		long[] after = commits();
		pool.shutdown();
		long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		if (failures.get() > 0) {
			System.out.println(name + ": " + failures.get() + " failures");
		}
		Result result = new Result(name, merged.length, elapsed, merged);
		System.out.printf(Locale.ROOT, "%s: %.0f/s p50 %.2f ms p99 %.2f ms, per request %.2f commits, %.2f WAL writes, %.2f WAL syncs%n",
				name, result.throughput(), result.percentile(0.5), result.percentile(0.99),
				(double) (after[0] - before[0]) / Math.max(1, merged.length),
				(double) (after[2] - before[2]) / Math.max(1, merged.length),
				(double) (after[1] - before[1]) / Math.max(1, merged.length));
		return result;
	}

	/**
	 * The database's committed transactions (read-only ones too), WAL syncs (zero where fsync is off, as in the
	 * embedded server) and WAL writes (a commit that wrote writes the WAL out) so far (all sessions; each backend
	 * reports its counts about once a second, so over a measurement of some seconds the delta per request is close,
	 * not exact).
	 */
	private static long[] commits() throws Exception {
		if (counted == null) {
			return new long[3];
		}
		try (Connection c = counted.getConnection(); ResultSet rs = c.createStatement().executeQuery("""
				select (select xact_commit from pg_stat_database where datname = current_database()),
				       (select wal_sync from pg_stat_wal), (select wal_write from pg_stat_wal)""")) {
			rs.next();
			return new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) };
		}
	}

	private static void warm(int clients, String[] codes, Lookup lookup) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		Instant end = Instant.now().plusSeconds(5);
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			futures.add(pool.submit(() -> {
				while (Instant.now().isBefore(end)) {
					try {
						lookup.run(codes[ThreadLocalRandom.current().nextInt(codes.length)]);
					}
					catch (Exception ex) {
						// warming up
					}
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
	}

	/**
	 * Loads N synthetic organisations (COPY) and N × k penalty and tax-arrears records (set-based SQL)
	 * straight into the store, as the collection path would have left them.
	 */
	static String[] load(DataSource dataSource, int subjects, int perSubject) throws Exception {
		SyntheticSubjects generator = new SyntheticSubjects(7);
		String[] codes = new String[subjects];
		StringBuilder subjectRows = new StringBuilder();
		StringBuilder lookupRows = new StringBuilder();
		java.util.Set<String> seen = new java.util.HashSet<>();
		try (Connection c = dataSource.getConnection()) {
			long first;
			try (ResultSet rs = c.createStatement().executeQuery("select nextval('subject_key_seq')")) {
				rs.next();
				first = rs.getLong(1) + 1;
			}
			int n = 0;
			while (n < subjects) {
				SyntheticOrganisation o = generator.organisation();
				if (!seen.add(o.code().value())) {
					continue;
				}
				codes[n] = o.code().value();
				long key = first + n;
				subjectRows.append(key).append(",LEGAL_PERSON,").append(o.name()).append(',').append(codes[n]).append('\n');
				lookupRows.append("U:").append(codes[n]).append(',').append(key).append('\n');
				n++;
			}
			c.createStatement().execute("select setval('subject_key_seq', " + (first + subjects) + ")");
			PGConnection pg = c.unwrap(PGConnection.class);
			pg.getCopyAPI().copyIn("copy subjects (subject_key, type, name, uscc) from stdin (format csv)",
					new StringReader(subjectRows.toString()));
			pg.getCopyAPI().copyIn("copy subject_lookup (lookup, subject_key) from stdin (format csv)",
					new StringReader(lookupRows.toString()));
			String version;
			try (ResultSet rs = c.createStatement().executeQuery("select version from catalog_versions where status = 'PUBLISHED'")) {
				rs.next();
				version = rs.getString(1);
			}
			// record ids continue after the demo city's records

			for (int part = 0; part < perSubject; part++) {
				c.createStatement().execute(String.format(Locale.ROOT, """
						insert into records (subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on,
						                     fields, late, version, submitted_at, updated_at, updated_by)
						select %d + g, nextval('record_id_seq'), case when %d %% 2 = 0 then 'ADMIN_PENALTY' else 'TAX_ARREARS' end,
						       '%s', 'TAX', 'bench-%d-' || g, date '2022-01-01' + (g %% 1400),
						       jsonb_build_object('decisionNumber', '沪税罚〔2024〕' || g || '号', 'penaltyType', '罚款',
						                          'decidedOn', (date '2022-01-01' + (g %% 1400))::text, 'authority', '市税务局',
						                          'amount', (g %% 100) + 0.5),
						       false, 1, now(), now(), 'bench'
						  from generate_series(0, %d) g""", first, part, version, part, subjects - 1));
			}
			c.createStatement().execute("analyze");
		}
		return codes;
	}

	static void report(int subjects, int perSubject, int clients, int seconds, double loadSeconds, Result anonymous,
			Result government, Result sql, long logged) throws IOException {
		String section = String.format(Locale.ROOT, """
				## Profile reads: HTTP with the query log against bare SQL (issue 4)

				Command: `mvn -q -pl bench -am package -DskipTests && java -cp "bench/target/gongxin-bench.jar:bench/target/lib/*" io.gongxin.bench.QueryBenchmark %d %d %d %d`

				%,d organisations with %,d records (loaded in %.0f s), %d concurrent clients, %d s per measurement after 5 s of
				warm-up, load generator in the same JVM as the platform, 2 cores, embedded PostgreSQL 17, %s. Every HTTP read
				wrote its query-log entry in its own transaction (%,d entries in all).

				| path | requests/s | p50 ms | p99 ms |
				| --- | ---: | ---: | ---: |
				| %s | %,.0f | %.2f | %.2f |
				| %s | %,.0f | %.2f | %.2f |
				| %s | %,.0f | %.2f | %.2f |

				Throughput against bare SQL: anonymous **%.0f %%**, government **%.0f %%** (target ≥ 30 %%); p99 target < 20 ms.
				""", subjects, perSubject, clients, seconds, subjects, (long) subjects * perSubject, loadSeconds, clients, seconds,
				Instant.now().toString().substring(0, 10), logged, anonymous.name(), anonymous.throughput(),
				anonymous.percentile(0.5), anonymous.percentile(0.99), government.name(), government.throughput(),
				government.percentile(0.5), government.percentile(0.99), sql.name(), sql.throughput(), sql.percentile(0.5),
				sql.percentile(0.99), 100 * anonymous.throughput() / sql.throughput(),
				100 * government.throughput() / sql.throughput());
		System.out.println(section);
		if (!Boolean.getBoolean("bench.write")) {
			return; // the section in docs/benchmarks.md keeps its before/after history unless -Dbench.write=true
		}
		Path file = Path.of("docs/benchmarks.md");
		String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
		int from = existing.indexOf("## Profile reads");
		if (from >= 0) {
			int to = existing.indexOf("\n## ", from + 3);
			existing = existing.substring(0, from) + (to < 0 ? "" : existing.substring(to + 1));
		}
		Files.writeString(file, existing.stripTrailing() + "\n\n" + section);
	}
}
