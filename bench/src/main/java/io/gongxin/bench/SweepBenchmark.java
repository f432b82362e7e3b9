package io.gongxin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
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
 * query is the one {@code UnsealedEntries} runs each round (copied here: the class is internal), beside the single
 * {@code or} it replaced.
 */
public final class SweepBenchmark {

	/** {@code UnsealedEntries.NEXT}: two index ranges, after the sealed id and since the horizon. */
	static final String SEAL_NOW = "select id from (select id from query_log where id > ? union all select id"
			+ " from query_log where logged_at >= ? and id <= ?) q"
			+ " where not exists (select 1 from query_log_chain c where c.entry_id = q.id) order by q.id limit ?";

	/** What it replaced: one {@code or}, which the planner may answer by walking the log in id order. */
	static final String SEAL_BEFORE = "select id from query_log q where (q.id > ? or q.logged_at >= ?)"
			+ " and not exists (select 1 from query_log_chain c where c.entry_id = q.id) order by q.id limit ?";

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
			QueryBenchmark.load(db, n / 10, 10);
			// 1 % of the records due: penalties (five years from the act) that happened in 2018
			execute(db, "update records set occurred_on = date '2018-01-01' where item = 'ADMIN_PENALTY' and record_id % 50 = 0",
					"vacuum analyze records");
			System.out.printf(Locale.ROOT, "loaded %,d records in %.0f s%n", n, seconds(started));
			started = System.nanoTime();
			loadObjections(db, n);
			loadLog(db, n);
			System.out.printf(Locale.ROOT, "loaded %,d objections and %,d log entries (%,d sealed) in %.0f s%n", n, n, n - 500,
					seconds(started));
			System.out.printf(Locale.ROOT, "expiry, first sweep (backlog): %,d records expired in %.0f ms%n",
					timed(() -> expiry.sweep()), last);
			measure("expiry, nothing due, records_active_by_end", () -> expiry.sweep());
			timed(() -> {
				deadlines.suspendOverdue();
				return null;
			});
			System.out.printf(Locale.ROOT, "objections, first sweep (1,000 overdue suspended, logged and published): %.0f ms%n", last);
			measure("objections, nothing due, objections_overdue", () -> {
				deadlines.suspendOverdue();
				return null;
			});
			measureSealer(db, "sealer round (union all of two ranges)", SEAL_NOW);
			measureSealer(db, "sealer round (before: one or)", SEAL_BEFORE);
			execute(db, "drop index records_active_by_end", "drop index objections_overdue", "analyze records",
					"analyze objections");
			measure("expiry, nothing due, without the index (before)", () -> expiry.sweep());
			measure("objections, nothing due, without the index (before)", () -> {
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

	/** Five runs; the median. */
	private static void measure(String name, Sweep sweep) throws Exception {
		double[] ms = new double[5];
		for (int i = 0; i < ms.length; i++) {
			timed(sweep);
			ms[i] = last;
		}
		Arrays.sort(ms);
		System.out.printf(Locale.ROOT, "%s: median %.1f ms (min %.1f, max %.1f)%n", name, ms[2], ms[0], ms[4]);
	}

	private static void measureSealer(DataSource db, String name, String sql) throws Exception {
		long sealed = Long.parseLong(single(db, "select max(entry_id) from query_log_chain"));
		boolean union = sql == SEAL_NOW;
		// one connection for the five rounds, as the sealer's pooled one (the bench's data source opens a new one each time)
		try (Connection c = db.getConnection()) {
			measure(name, () -> {
			try (PreparedStatement s = c.prepareStatement(sql)) {
				int i = 1;
				s.setLong(i++, sealed);
				s.setObject(i++, OffsetDateTime.now().minusSeconds(5));
				if (union) {
					s.setLong(i++, sealed);
				}
				s.setInt(i, 500);
				int rows = 0;
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						rows++;
					}
				}
				return rows;
			}
			});
		}
	}

	/** N objections on the loaded records: 98.9 % closed, 1 % forwarded and waiting, 1,000 forwarded and overdue. */
	static void loadObjections(DataSource db, int n) throws Exception {
		execute(db, String.format(Locale.ROOT, """
				insert into objections (subject_key, record_id, provider, reason, statement, status, received_on,
				                        compare_by, correct_by, forwarded_on, verify_by, created_by, updated_at)
				select r.subject_key, r.record_id, r.provider, 'ERROR_OR_OMISSION', 'bench',
				       case when g < 1000 or g %% 100 = 0 then 'FORWARDED' when g %% 2 = 0 then 'UPHELD' else 'REJECTED' end,
				       current_date - 60, current_date - 50, current_date - 45, current_date - 50,
				       case when g < 1000 then current_date - 5 else current_date + 30 end, 'bench', now()
				  from (select subject_key, record_id, provider, row_number() over () - 1 as g from records limit %d) r""",
				n), "analyze objections");
	}

	/** N query-log entries over the last months, all but the last 500 sealed (links written as the sealer would). */
	static void loadLog(DataSource db, int n) throws Exception {
		execute(db, String.format(Locale.ROOT, """
				insert into query_log (id, at, logged_at, query_id, subject_key, items, channel)
				select nextval('query_log_id_seq'), now() - (%d - g) * interval '10 seconds', now() - (%d - g) * interval '10 seconds',
				       gen_random_uuid(), (select min(subject_key) from subjects), '{}', 'API'
				  from generate_series(1, %d) g""", n, n, n), String.format(Locale.ROOT, """
				insert into query_log_chain (seq, entry_id, entry_at, prev_hash, hash)
				select coalesce((select max(seq) from query_log_chain), 0) + row_number() over (order by id), id, at, '\\x00', '\\x00'
				  from query_log where id not in (select entry_id from query_log_chain)
				 order by id limit %d""", n - 500), "analyze query_log", "analyze query_log_chain");
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
