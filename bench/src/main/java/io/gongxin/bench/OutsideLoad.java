package io.gongxin.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * {@link QueryBenchmark}'s measurements with the load generator outside the platform's JVM ({@code -Dbench.wrk=true},
 * {@link WrkLoad}): the stack's ceiling (the liveness probe, a constant through the same server and security; the
 * health with its database ping; one item of the cached catalog through the API's chain), the anonymous and the
 * government profile,
 * with the same subjects, connections and seconds as the in-process clients; and the one-run table of all of them
 * beside the logged bare read.
 */
final class OutsideLoad {

	/**
	 * One line of the table; {@code failures} -1 when the generator does not count them, {@code cpu} (ms per request
	 * in the JVM and in the database, {@link CpuMeter}) null when not measured.
	 */
	record Row(String generator, String path, double throughput, double p50, double p90, double p99, long failures,
			double[] cpu) {
	}

	private OutsideLoad() {
	}

	static List<Row> measure(String[] codes, int connections, int seconds, Path work, int port, String token,
			DataSource owner)
			throws IOException, InterruptedException {
		WrkLoad wrk = WrkLoad.prepare(codes, connections, work, owner);
		if (wrk == null) {
			return List.of();
		}
		String base = "http://localhost:" + port;
		String profiles = "/api/v1/subjects/";
		return List.of(wrk.run("GET /actuator/health/liveness (a constant)", base + "/actuator/health/liveness", "", "", null,
				seconds).row(), wrk.run("GET /actuator/health", base + "/actuator/health", "", "", null, seconds).row(),
				wrk.run("GET /api/v1/catalog/items/ADMIN_PENALTY (cached)", base + "/api/v1/catalog/items/ADMIN_PENALTY", "",
						"", null, seconds).row(),
				wrk.run("anonymous profile", base, profiles, "/profile", null, seconds).row(),
				wrk.run("government profile (GOV_PROCUREMENT)", base, profiles,
						"/profile?matter=GOV_PROCUREMENT&purpose=bench", "Bearer " + token, seconds).row());
	}

	static void table(List<Row> rows, double loggedBare) {
		StringBuilder table = new StringBuilder("""
				| generator | path | requests/s | p50 ms | p90 ms | p99 ms | failed | of the logged bare read | CPU ms per request: JVM / database |
				| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
				""");
		for (Row row : rows) {
			table.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.2f | %.2f | %.2f | %s | %.2f | %s |%n", row.generator(),
					row.path(), row.throughput(), row.p50(), row.p90(), row.p99(),
					row.failures() < 0 ? "" : String.valueOf(row.failures()), row.throughput() / loggedBare,
					row.cpu() == null ? "" : String.format(Locale.ROOT, "%.2f / %.2f", row.cpu()[0], row.cpu()[1])));
		}
		System.out.println();
		System.out.print(table);
	}
}
