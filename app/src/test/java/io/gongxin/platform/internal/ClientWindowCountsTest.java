package io.gongxin.platform.internal;

import java.sql.Connection;

import javax.sql.DataSource;

import io.gongxin.GongxinTest;
import io.gongxin.platform.ClientThrottle.Bucket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the throttle's count commits without waiting for its WAL flush, and only that transaction: the connection
 * goes back to the pool as it came, so the query log written on it next still waits for its flush.
 */
@GongxinTest
class ClientWindowCountsTest {

	@Autowired
	DataSource dataSource;

	@Test
	@DisplayName("R-19 a throttle count commits asynchronously; the connection's next transaction is synchronous again")
	void theAsynchronousCommitStaysInTheCountsTransaction() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			SingleConnectionDataSource one = new SingleConnectionDataSource(connection, true);
			JdbcClient jdbc = JdbcClient.create(one);
			String before = jdbc.sql("show synchronous_commit").query(String.class).single();
			ClientWindowCounts counts = new ClientWindowCounts(jdbc, new DataSourceTransactionManager(one));
			String client = "counts-test-" + System.nanoTime();

			assertThat(counts.hit(Bucket.LOOKUP, client, 42)).isEqualTo(1);
			assertThat(counts.hit(Bucket.LOOKUP, client, 42)).isEqualTo(2);

			assertThat(before).isEqualTo("on");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo(before);
			assertThat(jdbc.sql("select hits from client_windows where client = ?").param(client).query(Integer.class).single())
				.isEqualTo(2);
		}
	}
}
