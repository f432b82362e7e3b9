package io.gongxin.cluster;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "The test": two application nodes (child JVMs on random ports) on one real PostgreSQL 15 behave as
 * one platform. Run by maven-failsafe in {@code mvn verify}. The nodes are set up through the public API only,
 * from the first centre administrator that {@code gongxin.bootstrap.*} creates.
 *
 * <p>Order: the steps that need both nodes alive first (catalog, limit, query log), then node A is killed in the
 * middle of a batch, then PostgreSQL is restarted in the middle of another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

	/** Rows of each large batch. */
	static final int ROWS = 100_000;

	/** The anonymous report limit per client and minute, set low so that the test reaches it. */
	static final int REPORTS_PER_MINUTE = 6;

	/**
	 * Every node's tuning, in one place: how soon a silent node's batch is taken over, how often a running batch
	 * beats and a node looks for work, rows per committed chunk. A published catalog reaches the other node by
	 * PostgreSQL NOTIFY (ADR 0013), with no setting to shorten.
	 */
	static final List<String> NODE_TUNING = List.of("--gongxin.batches.stale-after=PT5S",
			"--gongxin.batches.heartbeat=PT1S", "--gongxin.batches.poll=PT1S", "--gongxin.batches.chunk-size=2000",
			"--gongxin.throttle.anonymous-reports-per-minute=" + REPORTS_PER_MINUTE,
			"--gongxin.throttle.anonymous-lookups-per-minute=1000", "--spring.datasource.hikari.maximum-pool-size=8",
			"--logging.level.root=WARN", "--logging.level.io.gongxin=INFO");

	static final String ADMIN = "cluster-admin";

	static final String ADMIN_PASSWORD = "cluster admin secret";

	static final String PROVIDER = "cluster-tax";

	static final String PROVIDER_PASSWORD = "cluster provider secret";

	private RealPostgres postgres;

	private AppNode a;

	private AppNode b;

	private final NodeClient admin = NodeClient.as(ADMIN, ADMIN_PASSWORD);

	private final NodeClient provider = NodeClient.as(PROVIDER, PROVIDER_PASSWORD);

	private final NodeClient anonymous = NodeClient.anonymous();

	/** Organisations with public records, to read about. */
	private final List<String> subjects = new ArrayList<>();

	private Path work;

	@BeforeAll
	void startCluster() throws Exception {
		postgres = RealPostgres.primary();
		work = Files.createTempDirectory("gongxin-cluster-");
		List<String> settings = new ArrayList<>(postgres.applicationSettings());
		settings.addAll(ClusterKeys.generate());
		settings.add("--gongxin.bootstrap.admin-username=" + ADMIN);
		settings.add("--gongxin.bootstrap.admin-password=" + ADMIN_PASSWORD);
		settings.addAll(NODE_TUNING);
		// one after the other: the first migrates the empty database and creates the administrator
		a = AppNode.start("node-a", settings);
		b = AppNode.start("node-b", settings);
		admin.expect(201, admin.post(a, "/api/v1/organisations", """
				{"code": "CLUSTER_TAX", "name": "集群测试税务局"}"""));
		admin.expect(201, admin.post(a, "/api/v1/accounts", """
				{"username": "%s", "password": "%s", "role": "PROVIDER", "organisation": "CLUSTER_TAX"}"""
			.formatted(PROVIDER, PROVIDER_PASSWORD)));
		admin.expect(200, admin.put(b, "/api/v1/providers/CLUSTER_TAX/items", """
				{"items": ["ADMIN_PENALTY"]}"""));
		SyntheticSubjects generator = new SyntheticSubjects(13);
		StringBuilder records = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			String id = generator.organisation().code().value();
			subjects.add(id);
			records.append(records.isEmpty() ? "" : ",").append("""
					{"item": "ADMIN_PENALTY", "sourceRef": "cluster-seed-%d",
					 "subject": {"type": "LEGAL_PERSON", "id": "%s", "name": "集群示例公司%d"},
					 "occurredOn": "%s", "fields": {"decisionNumber": "沪税罚〔集群〕%d号", "penaltyType": "罚款",
					 "decidedOn": "%s", "authority": "集群测试税务局", "amount": 1.5}}"""
				.formatted(i, id, i, recently(), i, recently()));
		}
		String body = provider.expect(200, provider.post(a, "/api/v1/records", "{\"records\": [" + records + "]}"));
		assertThat((Integer) JsonPath.read(body, "$.accepted")).as(body).isEqualTo(10);
	}

	@AfterAll
	void stopCluster() throws Exception {
		for (AutoCloseable closeable : new AutoCloseable[] { a, b, postgres }) {
			if (closeable != null) {
				closeable.close();
			}
		}
		if (work != null) {
			try (var files = Files.walk(work)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@Test
	@Order(1)
	@DisplayName("a catalog version published on node A is in force on node B within two seconds")
	void catalogPublishedOnOneNodeIsSeenOnTheOther() throws Exception {
		String current = anonymous.expect(200, anonymous.get(b, "/api/v1/catalog"));
		String version = "2099.13";
		Object document = JsonPath.parse(current).set("$.version", version).json();
		String draft = JsonPath.parse(document).jsonString();
		admin.expect(201, admin.post(a, "/api/v1/catalog/versions", draft));
		admin.expect(200, admin.post(a, "/api/v1/catalog/versions/" + version + "/publication", ""));
		long published = System.nanoTime();
		String seen = null;
		while (System.nanoTime() - published < Duration.ofSeconds(2).toNanos()) {
			seen = JsonPath.read(anonymous.expect(200, anonymous.get(b, "/api/v1/catalog")), "$.version");
			if (version.equals(seen)) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(seen).as("the version node B answers within two seconds of publication on node A")
			.isEqualTo(version);
	}

	@Test
	@Order(2)
	@DisplayName("the anonymous report limit is one limit across both nodes: requests alternating between them get 429 after N in all")
	void reportLimitHoldsAcrossNodes() throws Exception {
		// the limit counts per minute of the nodes' clock: start well inside a minute so all requests fall in one
		int second = LocalTime.now().getSecond();
		if (second > 40) {
			Thread.sleep((61 - second) * 1000L);
		}
		String path = "/api/v1/subjects/" + subjects.get(0) + "/report";
		for (int i = 0; i < REPORTS_PER_MINUTE; i++) {
			AppNode node = i % 2 == 0 ? a : b;
			anonymous.expect(200, anonymous.get(node, path, "text/html"));
		}
		for (AppNode node : List.of(a, b)) {
			HttpResponse<String> refused = anonymous.get(node, path, "text/html");
			assertThat(refused.statusCode()).as("request past the limit on %s: %s", node.name(), refused.body())
				.isEqualTo(429);
			assertThat(refused.body()).contains("TOO_MANY_REPORTS");
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		}
	}

	@Test
	@Order(3)
	@DisplayName("R-19 reads through both nodes are each logged once, and the query log's hash chain verifies afterwards")
	void queryLogChainVerifiesAfterReadsThroughBothNodes() throws Exception {
		long before = postgres.count("select count(*) from query_log");
		int reads = 0;
		for (String id : subjects) {
			for (AppNode node : List.of(a, b)) {
				String body = anonymous.expect(200, anonymous.get(node, "/api/v1/subjects/" + id + "/profile"));
				assertThat((List<?>) JsonPath.read(body, "$.records")).isNotEmpty();
				reads++;
			}
		}
		assertThat(postgres.count("select count(*) from query_log")).isEqualTo(before + reads);
		long logged = postgres.count("select count(*) from query_log");
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		String verification = null;
		while (System.nanoTime() < deadline) {
			verification = admin.expect(200, admin.get(b, "/api/v1/audit/verification"));
			if ((Boolean) JsonPath.read(verification, "$.valid")
					&& ((Number) JsonPath.read(verification, "$.entries")).longValue() >= logged) {
				break;
			}
			Thread.sleep(500);
		}
		assertThat((Boolean) JsonPath.read(verification, "$.valid")).as(verification).isTrue();
		assertThat(((Number) JsonPath.read(verification, "$.entries")).longValue())
			.as("every entry, written by either node, is sealed into the one chain: %s", verification)
			.isEqualTo(logged);
		assertThat(admin.expect(200, admin.get(a, "/api/v1/audit/verification"))).contains("\"valid\":true");
	}

	@Test
	@Order(4)
	@DisplayName("a page session is known on every node: the login form from node A is posted to node B, and the signed-in pages answer on both")
	void pageSessionIsSharedByTheNodes() throws Exception {
		java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
		java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
			.followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
		// cookies ignore ports: the browser sends the session cookie to both nodes, as through one load balancer
		String form = browser.send(java.net.http.HttpRequest.newBuilder(a.uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).as("the login form carries a CSRF token: %s", form).isTrue();
		String fields = "username=" + ADMIN + "&password=" + java.net.URLEncoder.encode(ADMIN_PASSWORD,
				java.nio.charset.StandardCharsets.UTF_8) + "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1),
				java.nio.charset.StandardCharsets.UTF_8);
		HttpResponse<String> login = browser.send(java.net.http.HttpRequest.newBuilder(b.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as("node B accepts the form node A issued").isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).as("signed in, not sent back to the login page")
			.doesNotContain("/login");
		for (AppNode node : List.of(a, b)) {
			HttpResponse<String> page = browser.send(java.net.http.HttpRequest.newBuilder(node.uri("/account")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).as("the account page on %s", node.name()).isEqualTo(200);
			assertThat(page.body()).contains(ADMIN);
		}
	}

	@Test
	@Order(5)
	@DisplayName("node A killed (kill -9) in the middle of a batch, its working directory gone: node B finishes the batch, every row counted once")
	void batchOfAKilledNodeIsFinishedByTheOther() throws Exception {
		Path csv = writeCsv("killed");
		String id = provider.uploadBatch(a, csv, "ADMIN_PENALTY");
		int done = awaitSomeRows(a, id);
		a.kill();
		a.deleteWorkingDirectory();
		assertThat(done).as("killed in the middle of the batch").isBetween(1, ROWS - 1);
		assertFinishedExactly(id, "killed");
	}

	@Test
	@Order(6)
	@DisplayName("PostgreSQL restarted in immediate mode in the middle of a batch: the batch finishes, every row counted once")
	void batchSurvivesAnImmediateDatabaseRestart() throws Exception {
		Path csv = writeCsv("restart");
		String id = provider.uploadBatch(b, csv, "ADMIN_PENALTY");
		int done = awaitSomeRows(b, id);
		postgres.restartImmediately();
		assertThat(done).as("restarted in the middle of the batch").isBetween(1, ROWS - 1);
		assertFinishedExactly(id, "restart");
	}

	@Test
	@Order(7)
	@DisplayName("no node wrote a resident id number to its output")
	void noIdNumberInAnyNodeLog() throws Exception {
		a.assertNoIdNumberInLog();
		b.assertNoIdNumberInLog();
	}

	/** Waits until the batch has stored some rows; how many. */
	private int awaitSomeRows(AppNode node, String id) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			String body = provider.expect(200, provider.get(node, "/api/v1/batches/" + id));
			int rows = JsonPath.read(body, "$.rows");
			if (rows > 0) {
				return rows;
			}
			assertThat((String) JsonPath.read(body, "$.status")).as(body).isIn("QUEUED", "RUNNING");
			Thread.sleep(50);
		}
		throw new AssertionError("batch " + id + " stored no row in two minutes");
	}

	/** Node B (alive throughout) reports the batch DONE with every row accepted, each stored exactly once. */
	private void assertFinishedExactly(String id, String prefix) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		String body = null;
		while (System.nanoTime() < deadline) {
			HttpResponse<String> response = provider.get(b, "/api/v1/batches/" + id);
			if (response.statusCode() == 200) {
				body = response.body();
				String status = JsonPath.read(body, "$.status");
				if (status.equals("DONE") || status.equals("FAILED")) {
					break;
				}
			}
			Thread.sleep(500);
		}
		assertThat(body).as("batch status").isNotNull();
		assertThat((String) JsonPath.read(body, "$.status")).as(body).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(body, "$.rows")).as(body).isEqualTo(ROWS);
		assertThat((Integer) JsonPath.read(body, "$.accepted")).as(body).isEqualTo(ROWS);
		assertThat((Integer) JsonPath.read(body, "$.rejected")).as(body).isZero();
		String mine = "provider = 'CLUSTER_TAX' and source_ref like '" + prefix + "-%'";
		assertThat(postgres.count("select count(*) from records where " + mine)).isEqualTo(ROWS);
		assertThat(postgres.count("select count(distinct source_ref) from records where " + mine)).isEqualTo(ROWS);
		assertThat(postgres.count("select count(*) from collection_log where batch_id = '" + id + "'"))
			.as("one collection-log entry per row").isEqualTo(ROWS);
	}

	private Path writeCsv(String prefix) throws Exception {
		SyntheticSubjects generator = new SyntheticSubjects(prefix.hashCode());
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			ids.add(generator.organisation().code().value());
		}
		String date = recently();
		StringBuilder out = new StringBuilder(
				"sourceRef,subjectType,subjectId,subjectName,occurredOn,endedOn,decisionNumber,penaltyType,decidedOn,authority,amount\n");
		for (int i = 0; i < ROWS; i++) {
			out.append(String.join(",", prefix + "-" + i, "LEGAL_PERSON", ids.get(i % ids.size()), "集群示例企业", date, "",
					"沪税罚〔集群〕" + prefix + i + "号", "罚款", date, "集群测试税务局", "1.5")).append('\n');
		}
		Path csv = work.resolve(prefix + ".csv");
		Files.writeString(csv, out);
		return csv;
	}

	/**
	 * A month before the day the nodes run on. The nodes are separate JVMs on the system clock (no test clock can
	 * reach them), so the decision date follows that clock: the records are public on any day the test runs, in 2028
	 * as now. The one place the cluster tests read the day.
	 */
	static String recently() {
		return LocalDate.now().minusDays(30).toString();
	}
}
