package io.gongxin.collection;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinApplication;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform in its own process, killed with SIGKILL in the middle of a batch and started again on
 * the same data directory: the batch finishes, and every row is stored exactly once.
 */
class BatchCrashRecoveryTest {

	static final int ROWS = 40_000;

	@TempDir
	Path data;

	private final HttpClient http = HttpClient.newHttpClient();

	private Process platform;

	private int port;

	private int databasePort;

	@AfterEach
	void stop() throws Exception {
		if (platform != null && platform.isAlive()) {
			platform.destroy();
			platform.waitFor();
		}
	}

	@Test
	@DisplayName("a batch interrupted by kill -9 is finished after restart, nothing lost or duplicated")
	void killedMidBatchThenRestarted() throws Exception {
		port = freePort();
		databasePort = freePort();
		start();
		Path csv = data.resolve("penalties.csv");
		writeCsv(csv);
		String id = upload(csv);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		int rowsBeforeKill = 0;
		while (Instant.now().isBefore(deadline)) {
			String body = get("/api/v1/batches/" + id);
			rowsBeforeKill = JsonPath.read(body, "$.rows");
			if (rowsBeforeKill > 0) {
				break;
			}
			Thread.sleep(20);
		}
		platform.destroyForcibly().waitFor();
		assertThat(rowsBeforeKill).as("killed in the middle of the batch").isBetween(1, ROWS - 1);
		start();
		String body = waitUntilFinished(id);
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(body, "$.rows")).isEqualTo(ROWS);
		assertThat((Integer) JsonPath.read(body, "$.accepted")).isEqualTo(ROWS);
		try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/postgres",
				"postgres", "")) {
			assertThat(count(db, "select count(*) from records where provider = 'TAX' and source_ref like 'crash-%'"))
				.isEqualTo(ROWS);
			assertThat(count(db, "select count(distinct source_ref) from collection_log where batch_id = '" + id + "'"))
				.isEqualTo(ROWS);
			assertThat(count(db, "select count(*) from collection_log where batch_id = '" + id + "'")).isEqualTo(ROWS);
		}
	}

	private void start() throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), GongxinApplication.class.getName(), "--demo",
				"--server.port=" + port, "--gongxin.data-directory=" + data, "--gongxin.embedded-database.port=" + databasePort,
				"--gongxin.batches.chunk-size=500", "--gongxin.batches.stale-after=PT1S", "--gongxin.demo-data.organisations=5",
				"--logging.level.root=WARN"));
		platform = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(data.resolve("platform.log").toFile())
			.start();
		// a loaded 2-core machine (several builds at once) can take minutes to boot a second JVM with --demo
		Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
		while (Instant.now().isBefore(deadline)) {
			try {
				if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			assertThat(platform.isAlive()).as("platform running; see platform.log").isTrue();
			Thread.sleep(200);
		}
		throw new AssertionError("platform did not start: " + Files.readString(data.resolve("platform.log")));
	}

	private static void writeCsv(Path csv) throws IOException {
		SyntheticSubjects generator = new SyntheticSubjects(5);
		StringBuilder out = new StringBuilder(BatchApiTest.ENGLISH_HEADER);
		for (int i = 0; i < ROWS; i++) {
			out.append(BatchApiTest.row("crash-" + i, "LEGAL_PERSON", generator.organisation().code().value(), "2025-04-01"));
		}
		Files.writeString(csv, out.toString());
	}

	private String upload(Path csv) throws Exception {
		String boundary = "gongxin-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"item\"\r\n\r\nADMIN_PENALTY\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"penalties.csv\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(request("/api/v1/batches")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(csv), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return JsonPath.read(response.body(), "$.id");
	}

	private String waitUntilFinished(String id) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
		while (Instant.now().isBefore(deadline)) {
			String body = get("/api/v1/batches/" + id);
			String status = JsonPath.read(body, "$.status");
			if (status.equals("DONE") || status.equals("FAILED")) {
				return body;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("batch did not finish after restart");
	}

	private String get(String path) throws Exception {
		return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("tax:tax-demo".getBytes(StandardCharsets.UTF_8)));
	}

	private static long count(Connection db, String sql) throws Exception {
		try (ResultSet rows = db.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
