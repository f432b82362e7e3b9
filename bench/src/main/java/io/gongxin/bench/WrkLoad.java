package io.gongxin.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * The load generator outside the platform's JVM: {@code wrk} (C, one event loop per thread) against a running node,
 * so that the measured ceiling is the server's and not the client's threads. {@code apt-get install wrk}; the path
 * is {@code -Dbench.wrkPath} (default {@code wrk} on the PATH). Subjects are picked at random from the loaded set
 * by {@code wrk/random-subjects.lua}.
 */
final class WrkLoad {

	private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private static final Pattern COUNT = Pattern.compile("(\\d+) requests in");

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

	private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE);

	private final String wrk;

	private final int threads;

	private final int connections;

	private final Path script;

	private final Path codes;

	private final DataSource owner;

	/** One outside measurement: requests per second, latency percentiles in ms, and failed answers. */
	record Result(String name, double throughput, double p50, double p90, double p99, long requests, long failures,
			double[] cpu) {

		OutsideLoad.Row row() {
			return new OutsideLoad.Row("wrk", name, throughput, p50, p90, p99, failures, cpu);
		}
	}

	private WrkLoad(String wrk, int threads, int connections, Path script, Path codes, DataSource owner) {
		this.owner = owner;
		this.wrk = wrk;
		this.threads = threads;
		this.connections = connections;
		this.script = script;
		this.codes = codes;
	}

	/** A generator for these subjects, or null (and why, printed) when wrk cannot be run here. */
	static WrkLoad prepare(String[] subjectCodes, int connections, Path work, DataSource owner) throws IOException {
		String wrk = System.getProperty("bench.wrkPath", "wrk");
		try {
			Process probe = new ProcessBuilder(wrk, "--version").redirectErrorStream(true).start();
			probe.getInputStream().readAllBytes();
			probe.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			System.out.println("wrk not found (" + ex.getMessage() + "): the outside load generator is skipped; "
					+ "install it with `apt-get install wrk` or name it with -Dbench.wrkPath=/path/to/wrk");
			return null;
		}
		Path script = work.resolve("random-subjects.lua");
		try (InputStream in = WrkLoad.class.getResourceAsStream("/wrk/random-subjects.lua")) {
			Files.write(script, in.readAllBytes());
		}
		Path codes = work.resolve("subjects.txt");
		Files.write(codes, List.of(subjectCodes), StandardCharsets.UTF_8);
		int threads = Integer.getInteger("bench.wrkThreads", 2);
		return new WrkLoad(wrk, threads, connections, script, codes, owner);
	}

	/**
	 * {@code seconds} of load on {@code base + before + <random subject> + after} after 5 s of warm-up; a blank
	 * {@code before} asks for {@code base} itself every time (no subject).
	 */
	Result run(String name, String base, String before, String after, String authorization, int seconds)
			throws IOException, InterruptedException {
		wrk(base, before, after, authorization, 5);
		CpuMeter cpu = CpuMeter.start(owner);
		Instant from = Instant.now();
		Result measured = parse(name, wrk(base, before, after, authorization, seconds));
		System.out.println("wrk " + name + " measured from " + from + " to " + Instant.now() + " (for a profile's samples)");
		Result result = new Result(name, measured.throughput(), measured.p50(), measured.p90(), measured.p99(),
				measured.requests(), measured.failures(), cpu.perRequest(measured.requests()));
		System.out.printf(Locale.ROOT, "wrk %s: %.0f/s p50 %.2f ms p90 %.2f ms p99 %.2f ms, CPU per request %.2f ms JVM, %.2f ms database%s%n",
				name, result.throughput(), result.p50(), result.p90(), result.p99(), result.cpu()[0], result.cpu()[1],
				result.failures() > 0 ? ", " + result.failures() + " failed" : "");
		return result;
	}

	private String wrk(String base, String before, String after, String authorization, int seconds)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(wrk, "-t" + threads, "-c" + connections, "-d" + seconds + "s",
				"--timeout", "10s", "--latency"));
		if (authorization != null) {
			command.addAll(List.of("-H", "Authorization: " + authorization));
		}
		if (!before.isBlank()) {
			command.addAll(List.of("-s", script.toString()));
		}
		command.add(base);
		if (!before.isBlank()) {
			command.addAll(List.of("--", codes.toString(), before, after));
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		return output;
	}

	static Result parse(String name, String output) {
		Matcher requests = REQUESTS.matcher(output);
		Matcher count = COUNT.matcher(output);
		if (!requests.find() || !count.find()) {
			throw new IllegalStateException("no wrk figures in: " + output);
		}
		double[] percentiles = new double[4];
		Matcher p = PERCENTILE.matcher(output);
		while (p.find()) {
			int slot = switch (p.group(1)) {
				case "50" -> 0;
				case "75" -> 1;
				case "90" -> 2;
				default -> 3;
			};
			percentiles[slot] = millis(Double.parseDouble(p.group(2)), p.group(3));
		}
		long failures = 0;
		Matcher non2xx = NON_2XX.matcher(output);
		if (non2xx.find()) {
			failures += Long.parseLong(non2xx.group(1));
		}
		Matcher socket = SOCKET.matcher(output);
		if (socket.find()) {
			for (int g = 1; g <= 4; g++) {
				failures += Long.parseLong(socket.group(g));
			}
		}
		return new Result(name, Double.parseDouble(requests.group(1)), percentiles[0], percentiles[2], percentiles[3],
				Long.parseLong(count.group(1)), failures, null);
	}

	private static double millis(double value, String unit) {
		return switch (unit) {
			case "us" -> value / 1000;
			case "ms" -> value;
			case "s" -> value * 1000;
			default -> value * 60_000;
		};
	}
}
