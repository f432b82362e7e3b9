package io.gongxin.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gongxin.GongxinApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application node as an operator runs it: a child JVM ({@code java -cp <this JVM's class path>
 * GongxinApplication}) on a free port, with its own working directory ({@code gongxin.data-directory}), the
 * external database's settings and the keys every node shares. Its output goes to
 * {@code target/cluster/<name>.log}. It can be stopped gracefully (SIGTERM) or killed ({@code kill -9}).
 */
public final class AppNode implements AutoCloseable {

	/** Eighteen characters that would be a resident id number: no node's log may contain one. */
	private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{5}(19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9Xx](?![0-9])");

	private final String name;

	private final int port;

	private final Path workingDirectory;

	private final Path log;

	private final Process process;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private AppNode(String name, int port, Path workingDirectory, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.workingDirectory = workingDirectory;
		this.log = log;
		this.process = process;
	}

	/**
	 * Starts a node and waits until {@code /actuator/health} answers 200.
	 * @param settings every other {@code --name=value} argument (database, keys, tuning)
	 */
	public static AppNode start(String name, List<String> settings) throws Exception {
		int port = RealPostgres.freePort();
		Path workingDirectory = Files.createTempDirectory("gongxin-node-" + name + "-");
		Path logs = Path.of("target", "cluster").toAbsolutePath();
		Files.createDirectories(logs);
		Path log = logs.resolve(name + ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				GongxinApplication.class.getName(), "--server.port=" + port,
				"--gongxin.data-directory=" + workingDirectory));
		command.addAll(settings);
		Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		AppNode node = new AppNode(name, port, workingDirectory, log, process);
		node.awaitReady(Duration.ofSeconds(120));
		return node;
	}

	private void awaitReady(Duration patience) throws Exception {
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			assertThat(process.isAlive()).as("node %s running; see %s", name, log).isTrue();
			Thread.sleep(250);
		}
		throw new AssertionError("node " + name + " not ready; see " + log);
	}

	public String name() {
		return name;
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	public Path workingDirectory() {
		return workingDirectory;
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** SIGTERM: Spring Boot shuts down gracefully. */
	public void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	/** {@code kill -9}: the node vanishes mid-work, as when its machine dies. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	/** Removes the node's working directory, as a lost machine's disk. */
	public void deleteWorkingDirectory() throws IOException {
		try (Stream<Path> files = Files.walk(workingDirectory)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	/** Fails when the node's output contains anything shaped like a resident id number. */
	public void assertNoIdNumberInLog() throws IOException {
		String output = Files.exists(log) ? Files.readString(log) : "";
		assertThat(ID_NUMBER.matcher(output).find()).as("%s contains no resident id number", log).isFalse();
	}

	@Override
	public void close() throws Exception {
		if (process.isAlive()) {
			stop();
		}
		if (Files.exists(workingDirectory)) {
			deleteWorkingDirectory();
		}
	}
}
