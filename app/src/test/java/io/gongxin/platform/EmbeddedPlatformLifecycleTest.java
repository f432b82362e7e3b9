package io.gongxin.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.gongxin.GongxinApplication;
import io.gongxin.account.Accounts;
import io.gongxin.account.Organisation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform as an operator runs it: a real server on a port, its own PostgreSQL under a data
 * directory, stopped and started again.
 */
class EmbeddedPlatformLifecycleTest {

	private static final String VAULT_KEYS = "--gongxin.vault.encryption-key=00112233445566778899aabbccddeeff"
			+ " --gongxin.vault.index-key=ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

	private static final String KEYS = VAULT_KEYS + " " + sm2Keys();

	/** An SM2 pair for the audit checkpoints, configured as an operator would. */
	private static String sm2Keys() {
		try {
			java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC",
					new org.bouncycastle.jce.provider.BouncyCastleProvider());
			generator.initialize(new java.security.spec.ECGenParameterSpec("sm2p256v1"));
			java.security.KeyPair pair = generator.generateKeyPair();
			return "--gongxin.audit.signing-key=" + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())
					+ " --gongxin.audit.verify-key=" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TempDir
	Path data;

	private final HttpClient http = HttpClient.newHttpClient();

	/** The ports the platform opened in this test: a refused start must open none. */
	private final List<Integer> openedPorts = new java.util.concurrent.CopyOnWriteArrayList<>();

	private ConfigurableApplicationContext start(String... args) {
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--gongxin.data-directory=" + data,
				"--spring.datasource.hikari.connection-timeout=1000", "--logging.level.root=WARN"));
		all.addAll(List.of(args));
		String[] arguments = all.toArray(String[]::new);
		var application = GongxinApplication.application(arguments);
		application.addListeners((org.springframework.context.ApplicationListener<WebServerInitializedEvent>) event -> openedPorts
			.add(event.getWebServer().getPort()));
		return application.run(arguments);
	}

	private static String[] withKeys(String... args) {
		List<String> all = new ArrayList<>(List.of(KEYS.split(" ")));
		all.addAll(List.of(args));
		return all.toArray(String[]::new);
	}

	private HttpResponse<String> get(ConfigurableApplicationContext context, String path, String user,
			String password) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A multipart upload of the given size as the provider {@code tax}, with its declared length. */
	private HttpResponse<String> postMultipart(ConfigurableApplicationContext context, String path, int size)
			throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		String boundary = "gongxin-limit";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"item\"\r\n\r\nADMIN_PENALTY\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + size + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		java.util.Arrays.fill(body, head.length, head.length + size, (byte) 'x');
		System.arraycopy(tail, 0, body, head.length + size, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("tax:tax-demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(413);
		return response;
	}

	@Test
	@DisplayName("R-19 R-26 R-31 data survives a restart; the application runs as its restricted role, commits synchronously, and health follows the database; outside demo mode Swagger UI is off and the API description stays")
	void dataSurvivesARestartAndHealthFollowsTheDatabase() throws Exception {
		try (ConfigurableApplicationContext first = start(withKeys())) {
			first.getBean(Accounts.class).registerOrganisation(new Organisation("COURT", "市高级人民法院"));
			var jdbc = first.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
			assertThat(jdbc.sql("select current_user").query(String.class).single())
				.as("the application runs as its own restricted role, not the superuser").isEqualTo("gongxin_app");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
				.as("a read's log entry is durable before the data leaves").isEqualTo("on");
			HttpResponse<String> health = get(first, "/actuator/health", null, null);
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"UP\"");
			assertThat(get(first, "/swagger-ui/index.html", null, null).statusCode()).isEqualTo(404);
			assertThat(get(first, "/v3/api-docs", null, null).statusCode()).isEqualTo(200);
		}
		assertThat(data.resolve("postgres/PG_VERSION")).exists();
		try (ConfigurableApplicationContext second = start(withKeys())) {
			assertThat(second.getBean(Accounts.class).organisation("COURT")).map(Organisation::name)
				.contains("市高级人民法院");
			second.getBean(EmbeddedPostgres.class).close();
			HttpResponse<String> health = get(second, "/actuator/health", null, null);
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"DOWN\"");
		}
	}

	@Test
	void usesAConfiguredServerAndCreatesTheFirstAdministratorFromConfiguration() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data.resolve("server"))
			.setCleanDataDirectory(true)
			.start()) {
			String[] external = withKeys("--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--gongxin.bootstrap.admin-username=Admin",
					"--gongxin.bootstrap.admin-password=a long first secret");
			try (ConfigurableApplicationContext context = start(external)) {
				assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
				HttpResponse<String> me = get(context, "/api/v1/accounts/me", "admin", "a long first secret");
				assertThat(me.statusCode()).isEqualTo(200);
				assertThat(me.body()).contains("\"role\":\"CENTER_ADMIN\"", "\"organisation\":\"CENTER\"");
			}
			// the migrations and the administrator are in the configured server, not in the data directory
			assertThat(data.resolve("postgres")).doesNotExist();
			try (var connection = server.getPostgresDatabase().getConnection();
					var rows = connection.createStatement()
						.executeQuery("select count(*) from accounts where role = 'CENTER_ADMIN'")) {
				rows.next();
				assertThat(rows.getLong(1)).isEqualTo(1);
			}
			// a second start with the same settings leaves the existing administrator alone
			try (ConfigurableApplicationContext again = start(external)) {
				assertThat(get(again, "/api/v1/accounts/me", "Admin", "a long first secret").statusCode())
					.isEqualTo(200);
			}
		}
	}

	@Test
	@DisplayName("R-26 with a configured server, Flyway migrates as the owner and the application runs as the role the operator gave it")
	void aConfiguredServerWithAnOwnerAndAnApplicationRole() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data.resolve("server"))
			.setCleanDataDirectory(true)
			.start()) {
			try (var connection = server.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				// what the README asks of the operator: an owner that may create in the database, and a login role
				statement.execute("create role gongxin_owner login password 'owner-secret'");
				statement.execute("create database gongxin owner gongxin_owner");
				statement.execute("create role gongxin_web login password 'web-secret'");
			}
			String url = server.getJdbcUrl("postgres", "gongxin").replaceAll("[?&]user=[^&]*", "");
			String[] external = withKeys("--spring.datasource.url=" + url, "--spring.datasource.username=gongxin_web",
					"--spring.datasource.password=web-secret", "--spring.flyway.user=gongxin_owner",
					"--spring.flyway.password=owner-secret", "--gongxin.bootstrap.admin-username=admin",
					"--gongxin.bootstrap.admin-password=a long first secret");
			try (ConfigurableApplicationContext context = start(external)) {
				assertThat(get(context, "/api/v1/accounts/me", "admin", "a long first secret").statusCode()).isEqualTo(200);
				var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
				assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("gongxin_web");
				assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'query_log'").query(String.class)
					.single()).isEqualTo("gongxin_owner");
				assertThat(jdbc.sql("""
						select has_table_privilege('collection_log', 'update') or has_table_privilege('query_log', 'delete')
						    or has_table_privilege('records', 'truncate')""").query(Boolean.class).single()).isFalse();
				assertThat(jdbc.sql("select has_table_privilege('records', 'update')").query(Boolean.class).single()).isTrue();
			}
		}
	}

	@Test
	@DisplayName("R-31 a non-demo start with a demo bootstrap password is refused before the port opens")
	void aShortBootstrapPasswordIsRefused() {
		assertThatThrownBy(() -> start(withKeys("--gongxin.bootstrap.admin-username=admin",
				"--gongxin.bootstrap.admin-password=center-demo")).close())
			.hasStackTraceContaining("demo password");
		assertThat(openedPorts).as("the refused start never accepted a connection").isEmpty();
	}

	@Test
	void withoutKeysOutsideDemoModeThePlatformRefusesToStart() {
		assertThatThrownBy(() -> start().close()).hasStackTraceContaining("gongxin.vault.encryption-key");
	}

	@Test
	@DisplayName("R-19 outside demo mode a start without the SM2 checkpoint keys is refused, as the vault refuses one without its keys")
	void withoutCheckpointKeysOutsideDemoModeThePlatformRefusesToStart() {
		String[] vaultOnly = VAULT_KEYS.split(" ");
		assertThatThrownBy(() -> start(vaultOnly).close()).hasStackTraceContaining("gongxin.audit.signing-key");
		assertThat(data.resolve("keys/audit-sm2.properties")).doesNotExist();
	}

	@Test
	@DisplayName("R-19 R-09a R-31 demo mode creates exactly the demo accounts (a later non-demo start with their passwords never opens the port) and generates its SM2 checkpoint key owner-only (rw-------); on a real server uploads over the limit get 413 FILE_TOO_LARGE")
	void demoModeCreatesExactlyTheDemoAccountsAndKeepsItsKeys() throws Exception {
		try (ConfigurableApplicationContext demo = start("--demo", "--gongxin.batches.max-file-size=1MB")) {
			// R-09a on a real server: over the batch limit, refused before the body is read; the global
			// multipart ceiling (the same 1MB here) answers 413 too, never 500
			assertThat(postMultipart(demo, "/api/v1/batches", 1536 * 1024).body()).contains("\"code\":\"FILE_TOO_LARGE\"");
			// (objection evidence is multipart by contract and allows 5 MB of its own: the 1MB ceiling answers first)
			HttpResponse<String> ceiling = postMultipart(demo, "/api/v1/objections/1/attachments", 1536 * 1024);
			assertThat(ceiling.statusCode()).isEqualTo(413);
			assertThat(ceiling.body()).contains("\"code\":\"FILE_TOO_LARGE\"");
			HttpResponse<String> tax = get(demo, "/api/v1/accounts/me", "tax", "tax-demo");
			assertThat(tax.statusCode()).isEqualTo(200);
			assertThat(tax.body()).contains("\"role\":\"PROVIDER\"", "\"organisation\":\"TAX\"");
			Accounts accounts = demo.getBean(Accounts.class);
			assertThat(accounts.organisations()).extracting(Organisation::code, Organisation::name)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CENTER", "市公共信用信息服务中心"),
						org.assertj.core.groups.Tuple.tuple("TAX", "市税务局"),
						org.assertj.core.groups.Tuple.tuple("MARKET", "市市场监督管理局"),
						org.assertj.core.groups.Tuple.tuple("PROCUREMENT", "市政府采购中心"),
						org.assertj.core.groups.Tuple.tuple("AGENCY1", "示范信用服务有限公司"),
						org.assertj.core.groups.Tuple.tuple("ECONOMY", "市经济信息化委"),
						org.assertj.core.groups.Tuple.tuple("APPROVAL", "市行政审批局"));
			for (String[] account : new String[][] { { "center", "center-demo", "CENTER_ADMIN", "CENTER" },
					{ "market", "market-demo", "PROVIDER", "MARKET" },
					{ "procurement", "procurement-demo", "GOV_QUERIER", "PROCUREMENT" },
					{ "licensing", "licensing-demo", "GOV_QUERIER", "APPROVAL" },
					{ "agency", "agency-demo", "AGENCY", "AGENCY1" }, { "auditor", "auditor-demo", "AUDITOR", "ECONOMY" } }) {
				HttpResponse<String> me = get(demo, "/api/v1/accounts/me", account[0], account[1]);
				assertThat(me.body()).contains("\"role\":\"" + account[2] + "\"",
						"\"organisation\":\"" + account[3] + "\"");
			}
			assertThat(demo.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
				.sql("select count(*) from accounts").query(Long.class).single()).as("API.md's seven and the demo person")
				.isEqualTo(8);
			assertThat(get(demo, "/api/v1/accounts/me", "person", "person-demo").body()).contains("\"role\":\"SUBJECT\"");
			assertThat(demo.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
				.sql("select count(*) from subject_relations").query(Long.class).single()).isEqualTo(200);
			// the demo's past objections reach the statistics' projection through their events, like filed ones
			io.gongxin.Eventually.holds(() -> assertThat(demo.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
				.sql("select count(*) from stats_objections").query(Long.class).single()).isPositive());
		}
		Path keys = data.resolve("keys/vault.properties");
		String generated = Files.readString(keys);
		Path sm2 = data.resolve("keys/audit-sm2.properties");
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(sm2)))
			.isEqualTo("rw-------");
		String sm2Generated = Files.readString(sm2);
		try (ConfigurableApplicationContext again = start("--demo")) {
			assertThat(Files.readString(keys)).isEqualTo(generated);
			assertThat(Files.readString(sm2)).as("the demo SM2 pair is kept, not regenerated").isEqualTo(sm2Generated);
			var jdbc = again.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
			long person = jdbc.sql("select min(subject_key) from subjects where type = 'NATURAL_PERSON'")
				.query(Long.class)
				.single();
			// the identifiers stored on the first start still decrypt with the kept keys
			assertThat(again.getBean(io.gongxin.subject.Subjects.class)
				.identifierOf(new io.gongxin.subject.SubjectKey(person))).isNotNull();
			assertThat(jdbc.sql("select count(*) from subject_relations").query(Long.class).single()).isEqualTo(200);
		}
		openedPorts.clear();
		assertThatThrownBy(() -> start(withKeys()).close()).hasStackTraceContaining("still has its demo password");
		assertThat(openedPorts).as("DemoSecretsGuard refuses the start before the web server accepts requests").isEmpty();
	}
}
