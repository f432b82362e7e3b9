package io.gongxin.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 point 8 and ADR 0015: a node with {@code gongxin.datasource.replica.url} answers the public search, the
 * lists and the catalog from a real streaming replica (Debian's PostgreSQL 15, {@code pg_basebackup -R}), while
 * writes, the query log and the throttle counts land on the primary. Replay on the replica is paused so that the
 * two differ: what the node answers shows which one answered.
 */
class ReadReplicaIT {

	private final List<AutoCloseable> started = new ArrayList<>();

	private final NodeClient admin = NodeClient.as(ClusterIT.ADMIN, ClusterIT.ADMIN_PASSWORD);

	private final NodeClient provider = NodeClient.as(ClusterIT.PROVIDER, ClusterIT.PROVIDER_PASSWORD);

	private final NodeClient anonymous = NodeClient.anonymous();

	@AfterEach
	void stop() throws Exception {
		for (int i = started.size() - 1; i >= 0; i--) {
			started.get(i).close();
		}
	}

	@Test
	@DisplayName("public search, lists and catalog are answered by the replica (replay paused: a new organisation is not found there); the record, the profile read and its query-log entry land on the primary; with the replica down reads fall back to the primary")
	void publicReadsGoToTheReplicaAndWritesToThePrimary() throws Exception {
		RealPostgres primary = RealPostgres.primary();
		started.add(primary);
		RealPostgres replica = primary.startReplica();
		started.add(replica);
		List<String> settings = new ArrayList<>(primary.applicationSettings());
		settings.addAll(ClusterKeys.generate());
		settings.addAll(List.of("--gongxin.bootstrap.admin-username=" + ClusterIT.ADMIN,
				"--gongxin.bootstrap.admin-password=" + ClusterIT.ADMIN_PASSWORD,
				"--gongxin.datasource.replica.url=" + replica.url(),
				"--gongxin.datasource.replica.username=" + RealPostgres.APPLICATION,
				"--gongxin.datasource.replica.password=" + RealPostgres.APPLICATION_PASSWORD,
				"--gongxin.datasource.replica.retry-after=PT1S", "--logging.level.root=WARN"));
		AppNode node = AppNode.start("replica-node", settings);
		started.add(node);
		admin.expect(201, admin.post(node, "/api/v1/organisations", """
				{"code": "CLUSTER_TAX", "name": "集群测试税务局"}"""));
		admin.expect(201, admin.post(node, "/api/v1/accounts", """
				{"username": "%s", "password": "%s", "role": "PROVIDER", "organisation": "CLUSTER_TAX"}"""
			.formatted(ClusterIT.PROVIDER, ClusterIT.PROVIDER_PASSWORD)));
		admin.expect(200, admin.put(node, "/api/v1/providers/CLUSTER_TAX/items", """
				{"items": ["ADMIN_PENALTY"]}"""));
		SyntheticSubjects generator = new SyntheticSubjects(8);
		String first = generator.organisation().code().value();
		String second = generator.organisation().code().value();
		submit(node, first, "甲乙丙复制测试有限公司", "replica-1");
		awaitFound(node, "甲乙丙复制");

		try (Connection standby = DriverManager.getConnection(replica.url(), "postgres", "")) {
			assertThat(single(standby, "select pg_is_in_recovery()::text")).isEqualTo("true");
			single(standby, "select pg_wal_replay_pause()::text");

			submit(node, second, "丁戊己复制测试有限公司", "replica-2");
			assertThat(primary.count("select count(*) from subjects where name = '丁戊己复制测试有限公司'"))
				.as("the write landed on the primary").isEqualTo(1);
			assertThat(single(standby, "select count(*)::text from subjects where name = '丁戊己复制测试有限公司'"))
				.as("the paused replica does not have it").isEqualTo("0");
			assertThat(search(node, "丁戊己复制")).as("the search was answered by the replica").isEmpty();
			assertThat(search(node, "甲乙丙复制")).hasSize(1);
			anonymous.expect(200, anonymous.get(node, "/api/v1/catalog"));
			anonymous.expect(200, anonymous.get(node, "/api/v1/lists/RED/entries"));

			long logged = primary.count("select count(*) from query_log");
			String profile = anonymous.expect(200, anonymous.get(node, "/api/v1/subjects/" + second + "/profile"));
			assertThat((List<?>) JsonPath.read(profile, "$.records"))
				.as("a profile read and its log entry stay on the primary, which knows the new record").hasSize(1);
			assertThat(primary.count("select count(*) from query_log")).isEqualTo(logged + 1);

			single(standby, "select pg_wal_replay_resume()::text");
		}
		awaitFound(node, "丁戊己复制");

		replica.stop();
		assertThat(search(node, "丁戊己复制")).as("with the replica down the primary answers").hasSize(1);
		anonymous.expect(200, anonymous.get(node, "/api/v1/catalog"));
		node.assertNoIdNumberInLog();
	}

	private void submit(AppNode node, String id, String name, String ref) throws Exception {
		String date = ClusterIT.recently();
		String body = provider.expect(200, provider.post(node, "/api/v1/records", """
				{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "%s",
				 "subject": {"type": "LEGAL_PERSON", "id": "%s", "name": "%s"},
				 "occurredOn": "%s", "fields": {"decisionNumber": "沪税罚〔复制〕%s号", "penaltyType": "罚款",
				 "decidedOn": "%s", "authority": "集群测试税务局", "amount": 1.5}}]}"""
			.formatted(ref, id, name, date, ref, date)));
		assertThat((Integer) JsonPath.read(body, "$.accepted")).as(body).isEqualTo(1);
	}

	private List<?> search(AppNode node, String name) throws Exception {
		String body = anonymous.expect(200, anonymous.get(node,
				"/api/v1/subjects?name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)));
		return JsonPath.read(body, "$.items");
	}

	/** Replication is asynchronous: the replica has the organisation a moment after the primary. */
	private void awaitFound(AppNode node, String name) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (search(node, name).isEmpty()) {
			assertThat(System.nanoTime()).as("replicated within 30 s").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static String single(Connection db, String sql) throws Exception {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}
}
