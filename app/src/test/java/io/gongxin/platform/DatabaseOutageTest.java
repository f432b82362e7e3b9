package io.gongxin.platform;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import io.gongxin.GongxinApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 7 (the HTTP half), with a real fault: the platform runs on a PostgreSQL server of the test's
 * own, which the test stops and starts again on the same data and port. While it is away the API answers
 * 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}, a page the friendly 503 page, readiness DOWN (liveness
 * stays UP: restarting the node would not help); once it is back, everything answers as before. The actuator runs on
 * a management port of its own here ({@code management.server.port}), where the scrape still needs a centre
 * administrator.
 */
class DatabaseOutageTest {

	private static final String ADMIN = "outage-admin";

	private static final String PASSWORD = "an outage test secret";

	@TempDir
	Path data;

	private static final java.security.KeyPair SM2 = sm2Pair();

	private static java.security.KeyPair sm2Pair() {
		try {
			java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC",
					new org.bouncycastle.jce.provider.BouncyCastleProvider());
			generator.initialize(new java.security.spec.ECGenParameterSpec("sm2p256v1"));
			return generator.generateKeyPair();
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The checkpoint signing pair, configured as an operator would. */
	private static String sm2(String which) {
		byte[] key = which.equals("signing") ? SM2.getPrivate().getEncoded() : SM2.getPublic().getEncoded();
		return "--gongxin.audit." + which + "-key=" + Base64.getEncoder().encodeToString(key);
	}

	private final HttpClient http = HttpClient.newHttpClient();

	private int port;

	/** The actuator's own port ({@code management.server.port}), as an operator would run it in production. */
	private int managementPort;

	private static EmbeddedPostgres postgres(Path directory, int port) throws Exception {
		return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port)
			.setServerConfig("timezone", "Asia/Shanghai").start();
	}

	private HttpResponse<String> get(String path, String accept, boolean admin) throws Exception {
		int to = path.startsWith("/actuator/") ? managementPort : port;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + to + path))
			.header("Accept", accept);
		if (admin) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	@DisplayName("while PostgreSQL is stopped the API answers 503 DATABASE_UNAVAILABLE with Retry-After, pages a Chinese 503 page, readiness DOWN; after its restart all answer 200 again")
	void databaseAwayMeans503AndBackMeans200() throws Exception {
		Path directory = data.resolve("server");
		int databasePort;
		try (ServerSocket free = new ServerSocket(0)) {
			databasePort = free.getLocalPort();
		}
		EmbeddedPostgres server = postgres(directory, databasePort);
		String[] args = { "--server.port=0", "--gongxin.data-directory=" + data,
				"--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres",
				// a caller waits at most a second for a connection that cannot come
				"--spring.datasource.hikari.connection-timeout=1000", "--logging.level.root=WARN",
				"--gongxin.bootstrap.admin-username=" + ADMIN, "--gongxin.bootstrap.admin-password=" + PASSWORD,
				"--gongxin.vault.encryption-key=00112233445566778899aabbccddeeff",
				"--gongxin.vault.index-key=ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100",
				"--gongxin.database-unavailable.retry-after=7", sm2("signing"), sm2("verify"),
				"--management.server.port=0" };
		var application = GongxinApplication.application(args);
		application.addListeners((org.springframework.context.ApplicationListener<org.springframework.boot.web.server.context.WebServerInitializedEvent>) event -> {
			if ("management".equals(event.getApplicationContext().getServerNamespace())) {
				managementPort = event.getWebServer().getPort();
			}
		});
		try (ConfigurableApplicationContext context = application.run(args)) {
			port = ((WebServerApplicationContext) context).getWebServer().getPort();
			assertThat(managementPort).as("the actuator on a port of its own").isPositive().isNotEqualTo(port);
			// there too, the scrape is for a centre administrator only
			assertThat(get("/actuator/prometheus", "*/*", false).statusCode()).isEqualTo(401);
			HttpResponse<String> scrape = get("/actuator/prometheus", "*/*", true);
			assertThat(scrape.statusCode()).isEqualTo(200);
			assertThat(scrape.body()).contains("gongxin_log_write_failures_total");
			answersNormally();

			server.close();
			HttpResponse<String> search = get("/api/v1/subjects?name=%E6%B5%8B%E8%AF%95", "application/json", false);
			assertThat(search.statusCode()).isEqualTo(503);
			assertThat(search.headers().firstValue("Retry-After")).contains("7");
			assertThat(search.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(search.body()).contains("\"code\":\"DATABASE_UNAVAILABLE\"", "\"status\":503", "数据库")
				.doesNotContain("Exception", "at org.", "PSQL");
			assertThat(search.body()).contains("\"requestId\":\"" + search.headers().firstValue("X-Request-Id").orElseThrow());
			// the account cannot be read: not a wrong password (401) but the same 503
			HttpResponse<String> me = get("/api/v1/accounts/me", "application/json", true);
			assertThat(me.statusCode()).isEqualTo(503);
			assertThat(me.headers().firstValue("Retry-After")).contains("7");
			assertThat(me.body()).contains("\"code\":\"DATABASE_UNAVAILABLE\"");
			HttpResponse<String> english = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/subjects?name=ab"))
				.header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
			assertThat(english.statusCode()).isEqualTo(503);
			assertThat(english.body()).contains("Database unavailable");
			// a person's browser: the error page in Chinese, no stack trace
			HttpResponse<String> page = get("/portal/search?q=%E6%B5%8B%E8%AF%95%E5%85%AC%E5%8F%B8", "text/html", false);
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).contains("7");
			assertThat(page.body()).contains("<html", "数据库暂不可用", "DATABASE_UNAVAILABLE")
				.doesNotContain("Exception", "Whitelabel");
			HttpResponse<String> readiness = get("/actuator/health/readiness", "application/json", false);
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"DOWN\"");
			assertThat(get("/actuator/health/liveness", "application/json", false).statusCode()).isEqualTo(200);

			server = postgres(directory, databasePort);
			// the pool reconnects on its own (Hikari backs off between attempts): as a load balancer does, wait for
			// readiness (bounded), then every endpoint answers as before without a restart of the node
			for (int attempt = 0; attempt < 60
					&& get("/actuator/health/readiness", "application/json", false).statusCode() != 200; attempt++) {
				Thread.sleep(500);
			}
			answersNormally();
		}
		finally {
			server.close();
		}
	}

	private void answersNormally() throws Exception {
		assertThat(get("/api/v1/subjects?name=%E6%B5%8B%E8%AF%95", "application/json", false).statusCode())
			.isEqualTo(200);
		HttpResponse<String> me = get("/api/v1/accounts/me", "application/json", true);
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(get("/portal/search?q=%E6%B5%8B%E8%AF%95%E5%85%AC%E5%8F%B8", "text/html", false).statusCode())
			.isEqualTo(200);
		HttpResponse<String> readiness = get("/actuator/health/readiness", "application/json", false);
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
	}
}
