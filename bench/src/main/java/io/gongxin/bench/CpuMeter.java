package io.gongxin.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * CPU time spent by the platform's JVM and by the database's processes (its backends and background workers, read
 * from {@code /proc} for the pids in {@code pg_stat_activity}; Linux only) during a measurement: on a machine shared
 * with other work, CPU per request is steadier than requests per second.
 */
final class CpuMeter {

	/** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
	private static final double TICKS = 100;

	private final DataSource owner;

	private final long jvmStart;

	private final long databaseStart;

	private CpuMeter(DataSource owner) {
		this.owner = owner;
		this.jvmStart = jvmNanos();
		this.databaseStart = databaseTicks(owner);
	}

	static CpuMeter start(DataSource owner) {
		return new CpuMeter(owner);
	}

	/** Milliseconds of CPU per request since the start, in the JVM and in the database; -1 if unreadable. */
	double[] perRequest(long requests) {
		double jvm = (jvmNanos() - jvmStart) / 1e6 / requests;
		long ticks = databaseTicks(owner);
		double database = ticks < 0 || databaseStart < 0 ? -1 : (ticks - databaseStart) * 1000 / TICKS / requests;
		return new double[] { jvm, database };
	}

	private static long jvmNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static long databaseTicks(DataSource owner) {
		List<Integer> pids = new ArrayList<>();
		try (Connection c = owner.getConnection(); ResultSet rs = c.createStatement().executeQuery("select pid from pg_stat_activity")) {
			while (rs.next()) {
				pids.add(rs.getInt(1));
			}
		}
		catch (SQLException ex) {
			return -1;
		}
		long ticks = 0;
		for (int pid : pids) {
			try {
				String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			catch (IOException | RuntimeException ex) {
				// gone meanwhile, or not Linux
			}
		}
		return ticks;
	}
}
