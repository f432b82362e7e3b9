package io.gongxin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import io.gongxin.GongxinApplication;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 16 point 2: the statements of one anonymous profile read, each timed on its own, before (the subject, its
 * records, its objections: three statements) and after (one statement, the platform's own {@code ProfileRows.SQL}),
 * on the same database as {@link QueryBenchmark}, on one connection with prepared statements, one client, so that the
 * figure is the database's work per read and not the HTTP stack's; with {@code EXPLAIN (ANALYZE, BUFFERS)} of each.
 *
 * <pre>java -cp "bench/target/gongxin-bench.jar:bench/target/lib/*" io.gongxin.bench.ProfileStatementTimes 100000 5 20000</pre>
 * (subjects, records per subject, reads timed)
 */
public final class ProfileStatementTimes {

	static final String SUBJECT = """
			select s.subject_key, type, name, uscc, legacy_code, id_masked from subject_lookup l
			  join subjects s on s.subject_key = l.subject_key where l.lookup = ?""";

	static final String RECORDS = """
			select subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on, ended_on,
			       fields::text as fields, state, late, version, submitted_at, updated_at
			  from records where subject_key = ? and state in ('ACTIVE', 'REPAIRED') order by occurred_on, record_id""";

	static final String OBJECTIONS = """
			select id, subject_key, record_id, provider, reason, statement, status, received_on, compare_by, correct_by,
			       forwarded_on, verify_by, suspended_on, outcome, omission_item, omission_description, record_withdrawn,
			       consent_method, consent_reference
			  from objections where subject_key = ? and record_id is not null
			   and (status in ('RECEIVED', 'FORWARDED', 'DISAGREED') or record_withdrawn) order by id""";

	private ProfileStatementTimes() {
	}

	public static void main(String[] args) throws Exception {
		int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int perSubject = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		int reads = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
		Path work = Files.createTempDirectory("gongxin-statement-bench-");
		String[] arguments = { "--demo", "--server.port=0", "--gongxin.data-directory=" + work.resolve("data"),
				"--gongxin.demo-data.organisations=10", "--logging.level.root=WARN" };
		try (ConfigurableApplicationContext platform = GongxinApplication.application(arguments).run(arguments)) {
			DataSource dataSource = platform.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)
				.getPostgresDatabase();
			String[] codes = QueryBenchmark.load(dataSource, subjects, perSubject);
			var field = Class.forName("io.gongxin.query.internal.ProfileRows").getDeclaredField("SQL");
			field.setAccessible(true);
			String one = (String) field.get(null);
			try (Connection c = dataSource.getConnection()) {
				explain(c, codes[0], one);
				for (int round = 1; round <= 2; round++) {
					// each round times both ways over the same random subjects; the first warms the caches and plans
					String[] sample = new String[reads];
					for (int i = 0; i < reads; i++) {
						sample[i] = codes[ThreadLocalRandom.current().nextInt(codes.length)];
					}
					time(c, sample, one, round);
				}
			}
		}
	}

	private static void time(Connection c, String[] sample, String one, int round) throws Exception {
		long[] nanos = new long[4];
		try (PreparedStatement subject = c.prepareStatement(SUBJECT); PreparedStatement records = c.prepareStatement(RECORDS);
				PreparedStatement objections = c.prepareStatement(OBJECTIONS); PreparedStatement joined = c.prepareStatement(one)) {
			for (String code : sample) {
				long t0 = System.nanoTime();
				subject.setString(1, "U:" + code);
				long key = single(subject);
				long t1 = System.nanoTime();
				records.setLong(1, key);
				drain(records);
				long t2 = System.nanoTime();
				objections.setLong(1, key);
				drain(objections);
				long t3 = System.nanoTime();
				String[] lookups = { "U:" + code };
				joined.setArray(1, c.createArrayOf("text", lookups));
				joined.setArray(2, c.createArrayOf("text", lookups));
				drain(joined);
				long t4 = System.nanoTime();
				nanos[0] += t1 - t0;
				nanos[1] += t2 - t1;
				nanos[2] += t3 - t2;
				nanos[3] += t4 - t3;
			}
		}
		int n = sample.length;
		System.out.printf(Locale.ROOT, "round %d, %,d reads, mean per read: subject %.3f ms, records %.3f ms, objections %.3f ms"
				+ " = %.3f ms in three statements; one statement %.3f ms (%.2f of the three)%n", round, n,
				nanos[0] / 1e6 / n, nanos[1] / 1e6 / n, nanos[2] / 1e6 / n, (nanos[0] + nanos[1] + nanos[2]) / 1e6 / n,
				nanos[3] / 1e6 / n, (double) nanos[3] / (nanos[0] + nanos[1] + nanos[2]));
	}

	private static long single(PreparedStatement statement) throws Exception {
		try (ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void drain(PreparedStatement statement) throws Exception {
		try (ResultSet rs = statement.executeQuery()) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				for (int i = 1; i <= columns; i++) {
					rs.getObject(i);
				}
			}
		}
	}

	private static void explain(Connection c, String code, String one) throws Exception {
		long key;
		try (PreparedStatement s = c.prepareStatement(SUBJECT)) {
			s.setString(1, "U:" + code);
			key = single(s);
		}
		System.out.println("EXPLAIN (ANALYZE, BUFFERS), one subject, after the loads (first run):");
		print(c, SUBJECT.replace("?", "'U:" + code + "'"));
		print(c, RECORDS.replace("?", String.valueOf(key)));
		print(c, OBJECTIONS.replace("?", String.valueOf(key)));
		String array = "array['U:" + code + "']";
		print(c, one.replaceFirst("\\?", array).replaceFirst("\\?", array));
	}

	private static void print(Connection c, String sql) throws Exception {
		try (PreparedStatement s = c.prepareStatement("explain (analyze, buffers) " + sql); ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				System.out.println("  " + rs.getString(1));
			}
		}
		System.out.println();
	}
}
