package io.gongxin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The sealer's round on the loaded log: its read of the unsealed entries, the statement of
 * {@code UnsealedEntries} (copied here: the class is internal) in the forms it had, five rounds each on one
 * connection (as the sealer's pooled one), with the plan of the last (EXPLAIN ANALYZE: planning against execution,
 * workers started or not).
 */
final class SealerRounds {

	static final String COLUMNS = "id, at, query_id, username, organisation, role, subject_key, items, matter, purpose,"
			+ " authorization_id, channel";

	/** {@code UnsealedEntries.NEXT}: two index ranges, after the sealed id and since the horizon. */
	static final String NEXT = "select " + COLUMNS + " from (select " + COLUMNS + " from query_log where id > ? union all select "
			+ COLUMNS + " from query_log where logged_at >= ? and id <= ?) q"
			+ " where not exists (select 1 from query_log_chain c where c.entry_id = q.id) order by q.id limit ?";

	/** Before issue 16: one {@code or}, which the planner may answer by walking the log in id order. */
	static final String OR = "select " + COLUMNS + " from query_log q where (q.id > ? or q.logged_at >= ?)"
			+ " and not exists (select 1 from query_log_chain c where c.entry_id = q.id) order by q.id limit ?";

	/** {@code UnsealedEntries.SERIAL}, run in the round's transaction before its read. */
	static final String SERIAL = "set max_parallel_workers_per_gather = 0";

	private SealerRounds() {
	}

	/**
	 * In the steady state (the 500 entries logged since the last round) every form; with a backlog (the entries the
	 * sweeps logged, unsealed as the sealer does not run during the bench) the round with and without workers.
	 */
	static void measure(DataSource db, boolean backlog) throws Exception {
		System.out.println((backlog ? "with a backlog: " : "in the steady state: ") + SweepBenchmark.single(db,
				"select count(*) from query_log where id > (select max(entry_id) from query_log_chain)") + " entries unsealed");
		if (!backlog) {
			round(db, "sealer round, before issue 16 (one or)", OR, false);
		}
		round(db, "sealer round, union all, parallel workers allowed (before; now a round after a full batch)", NEXT, false);
		round(db, "sealer round, union all, without parallel workers (now, a round after one that sealed all it saw)", NEXT, true);
		if (!backlog) {
			generic(db, "sealer round, as now with one generic plan prepared on the connection (not done)");
		}
	}

	private static void round(DataSource db, String name, String sql, boolean serial) throws Exception {
		long sealed = Long.parseLong(SweepBenchmark.single(db, "select max(entry_id) from query_log_chain"));
		try (Connection c = db.getConnection()) {
			if (serial) {
				c.createStatement().execute(SERIAL);
			}
			SweepBenchmark.measure(name, () -> {
				try (PreparedStatement s = bind(c.prepareStatement(sql), sql, sealed); ResultSet rs = s.executeQuery()) {
					return count(rs);
				}
			});
			try (PreparedStatement s = bind(c.prepareStatement("explain (analyze, buffers, settings) " + sql), sql, sealed);
					ResultSet rs = s.executeQuery()) {
				print(rs);
			}
		}
	}

	/** The statement prepared once on the connection, its generic plan kept and executed each round (no planning). */
	private static void generic(DataSource db, String name) throws Exception {
		long sealed = Long.parseLong(SweepBenchmark.single(db, "select max(entry_id) from query_log_chain"));
		try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
			s.execute(SERIAL);
			s.execute("set plan_cache_mode = force_generic_plan");
			s.execute("prepare seal (bigint, timestamptz, bigint, int) as "
					+ NEXT.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2").replaceFirst("\\?", "\\$3").replaceFirst("\\?", "\\$4"));
			String execute = "execute seal (" + sealed + ", now() - interval '5 seconds', " + sealed + ", 500)";
			SweepBenchmark.measure(name, () -> {
				try (ResultSet rs = s.executeQuery(execute)) {
					return count(rs);
				}
			});
			try (ResultSet rs = s.executeQuery("explain (analyze, buffers, settings) " + execute)) {
				print(rs);
			}
		}
	}

	/** The round's parameters: sealed up to, since (five seconds ago), [sealed up to], limit. */
	private static PreparedStatement bind(PreparedStatement s, String sql, long sealed) throws Exception {
		int i = 1;
		s.setLong(i++, sealed);
		s.setObject(i++, OffsetDateTime.now().minusSeconds(5));
		if (sql != OR) {
			s.setLong(i++, sealed);
		}
		s.setInt(i, 500);
		return s;
	}

	private static int count(ResultSet rs) throws Exception {
		int rows = 0;
		while (rs.next()) {
			rows++;
		}
		return rows;
	}

	/** The plan's top, its workers and its times; the whole plan with -Dbench.explain=full. */
	private static void print(ResultSet rs) throws Exception {
		boolean full = "full".equals(System.getProperty("bench.explain"));
		int partitions = 0;
		int row = 0;
		while (rs.next()) {
			String line = rs.getString(1);
			if (line.contains(" on query_log_")) {
				partitions++;
			}
			if (full || row++ < 2 || line.contains("Gather") || line.contains("Workers") || line.contains("Time:")
					|| line.contains("Settings:")) {
				System.out.println("    | " + line);
			}
		}
		System.out.printf(Locale.ROOT, "    | (%d scans of a partition in the plan)%n", partitions);
	}
}
