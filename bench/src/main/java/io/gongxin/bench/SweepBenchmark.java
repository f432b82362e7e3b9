package io.gongxin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

import javax.sql.DataSource;

import io.gongxin.GongxinApplication;
import io.gongxin.dispute.ObjectionDeadlines;
import io.gongxin.repair.Expiry;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 16, point 3: the cost of each sweep on a large store, with the index on the due date and without it
 * (dropped for the measurement, then built again), on N records, N objections and N query-log entries:
 *
 * <pre>java -cp "bench/target/gongxin-bench.jar:bench/target/lib/*" io.gongxin.bench.SweepBenchmark 1000000</pre>
 *
 * The expiry and objection sweeps are the platform's own ({@link Expiry}, {@link ObjectionDeadlines}); the sealer's
 * round is measured by {@link SealerRounds}. The store is loaded by {@link SweepStore}; above 1,000,000 records
 * {@code -Dbench.beforeRuns=1} keeps the runs without the index (a scan of all records each) to one.
 */
public final class SweepBenchmark {

	private SweepBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path work = Files.createTempDirectory("gongxin-sweep-bench-");
		String[] arguments = { "--demo", "--server.port=0", "--gongxin.data-directory=" + work.resolve("data"),
				"--gongxin.demo-data.organisations=10", "--logging.level.root=WARN", "--gongxin.rights.sweep-every=PT24H",
				"--gongxin.rights.expiry-every=PT24H", "--gongxin.audit.seal-every=PT24H" };
		try (ConfigurableApplicationContext platform = GongxinApplication.application(arguments).run(arguments)) {
			DataSource db = platform.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class).getPostgresDatabase();
			Expiry expiry = platform.getBean(Expiry.class);
			ObjectionDeadlines deadlines = platform.getBean(ObjectionDeadlines.class);
			long started = System.nanoTime();
			SweepStore.load(db, n);
			System.out.printf(Locale.ROOT, "loaded %,d records, objections and log entries (%,d sealed) in %.0f s; database %s%n",
					n, n - 500, seconds(started), single(db, "select pg_size_pretty(pg_database_size(current_database()))"));
			SealerRounds.measure(db, false);
			System.out.printf(Locale.ROOT, "expiry, first sweep (backlog): %,d records expired in %.0f ms%n",
					timed(() -> expiry.sweep()), last);
			settle(db);
			// the records just expired keep their entries in the partial index until the table is vacuumed
			explainExpiry(db, "the penalties' UPDATE (a bitmap scan): every sweep visits the expired records' entries");
			measure("expiry, nothing due, right after that sweep", () -> expiry.sweep());
			execute(db, "vacuum records");
			measure("expiry, nothing due, after vacuum", () -> expiry.sweep());
			timed(() -> {
				deadlines.suspendOverdue();
				return null;
			});
			System.out.printf(Locale.ROOT, "objections, first sweep (%,d overdue suspended, logged and published): %.0f ms%n", n / 1000, last);
			settle(db);
			measure("objections, nothing due, objections_overdue", () -> {
				deadlines.suspendOverdue();
				return null;
			});
			SealerRounds.measure(db, true);
			execute(db, "drop index records_active_by_end", "drop index objections_overdue", "analyze records",
					"analyze objections");
			measure("expiry, nothing due, without the index (before)", BEFORE_RUNS, () -> expiry.sweep());
			measure("objections, nothing due, without the index (before)", BEFORE_RUNS, () -> {
				deadlines.suspendOverdue();
				return null;
			});
			started = System.nanoTime();
			execute(db, "create index records_active_by_end on records (item, coalesce(ended_on, occurred_on))"
					+ " where state = 'ACTIVE'");
			System.out.printf(Locale.ROOT, "building records_active_by_end: %.1f s%n", seconds(started));
			execute(db, "create index objections_overdue on objections (verify_by) where status = 'FORWARDED'"
					+ " and suspended_on is null");
			System.out.println("size of records_active_by_end: " + single(db,
					"select pg_size_pretty(pg_relation_size('records_active_by_end'))") + ", of records: "
					+ single(db, "select pg_size_pretty(pg_total_relation_size('records'))"));
		}
		finally {
			// the store (about 9 GB at 10,000,000 records) goes with the run
			try (var files = Files.walk(work)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}

	/** EXPLAIN ANALYZE of the penalties' expiry UPDATE (RecordExpiry's statement), rolled back. */
	private static void explainExpiry(DataSource db, String name) throws Exception {
		System.out.println("  " + name + ":");
		try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
			c.setAutoCommit(false);
			try (ResultSet rs = s.executeQuery("""
					explain (analyze, buffers) update records set state = 'EXPIRED', updated_at = now(), updated_by = 'expiry'
					 where item = 'ADMIN_PENALTY' and state = 'ACTIVE' and coalesce(ended_on, occurred_on) <= current_date - interval '5 years'
					   and coalesce(ended_on, occurred_on) + cast('P5Y' as interval) <= current_date
					returning record_id, subject_key, item, provider""")) {
				while (rs.next()) {
					System.out.println("    | " + rs.getString(1));
				}
			}
			c.rollback();
		}
	}

	/** Waits until the listeners have handled every event the first sweep published, so they do not run beside the next. */
	private static void settle(DataSource db) throws Exception {
		long started = System.nanoTime();
		while (!"0".equals(single(db, "select count(*) from event_publication where completion_date is null"))
				&& seconds(started) < 600) {
			Thread.sleep(500);
		}
		System.out.printf(Locale.ROOT, "  (its events handled by the listeners %.0f s after)%n", seconds(started));
	}

	interface Sweep {

		Object run() throws Exception;
	}

	private static double last;

	private static Object timed(Sweep sweep) throws Exception {
		long t = System.nanoTime();
		Object result = sweep.run();
		last = (System.nanoTime() - t) / 1e6;
		return result;
	}

	/** Runs of a sweep without its index: a whole scan each (about a minute at 10,000,000 records), so fewer above 1,000,000. */
	private static final int BEFORE_RUNS = Integer.getInteger("bench.beforeRuns", 5);

	/** Five runs; the median. */
	static void measure(String name, Sweep sweep) throws Exception {
		measure(name, 5, sweep);
	}

	/** The median of the runs, with the fastest and the slowest. */
	static void measure(String name, int runs, Sweep sweep) throws Exception {
		double[] ms = new double[runs];
		for (int i = 0; i < ms.length; i++) {
			timed(sweep);
			ms[i] = last;
		}
		Arrays.sort(ms);
		System.out.printf(Locale.ROOT, "%s: median %.1f ms (min %.1f, max %.1f, %d runs)%n", name, ms[runs / 2], ms[0],
				ms[runs - 1], runs);
	}

	static void execute(DataSource db, String... statements) throws Exception {
		try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
			for (String sql : statements) {
				s.execute(sql);
			}
		}
	}

	static String single(DataSource db, String sql) throws Exception {
		try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}
}
