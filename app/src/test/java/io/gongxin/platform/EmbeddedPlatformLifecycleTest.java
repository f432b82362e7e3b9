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

	private static final String KEYS = "--gongxin.vault.encryption-key=00112233445566778899aabbccddeeff"
			+ " --gongxin.vault.index-key=ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

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

	@Test
	@org.junit.jupiter.api.DisplayName("R-31 outside demo mode Swagger UI is off and the API description stays; data survives a restart")
	void dataSurvivesARestartAndHealthFollowsTheDatabase() throws Exception {
		try (ConfigurableApplicationContext first = start(withKeys())) {
			first.getBean(Accounts.class).registerOrganisation(new Organisation("COURT", "市高级人民法院"));
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
	@org.junit.jupiter.api.DisplayName("R-31 a non-demo start with a demo bootstrap password is refused before the port opens")
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
	@org.junit.jupiter.api.DisplayName("R-31 demo mode creates exactly the demo accounts; a later non-demo start with their passwords never opens the port")
	void demoModeCreatesExactlyTheDemoAccountsAndKeepsItsKeys() throws Exception {
		try (ConfigurableApplicationContext demo = start("--demo")) {
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
		}
		Path keys = data.resolve("keys/vault.properties");
		String generated = Files.readString(keys);
		try (ConfigurableApplicationContext again = start("--demo")) {
			assertThat(Files.readString(keys)).isEqualTo(generated);
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
