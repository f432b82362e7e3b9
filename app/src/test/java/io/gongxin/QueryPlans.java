package io.gongxin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The plan PostgreSQL chooses for a statement with its parameters bound (EXPLAIN, never executed). The test tables
 * are tiny, where a scan of the whole table is cheapest; with {@code enable_seqscan} off the planner shows which
 * index it would use on a large one (a scan still appears where no index can serve the statement).
 */
public final class QueryPlans {

	private QueryPlans() {
	}

	public static String explain(DataSource dataSource, String sql, Object... parameters) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set enable_seqscan = off");
			}
			try (PreparedStatement explain = connection.prepareStatement("explain (costs off) " + sql)) {
				for (int i = 0; i < parameters.length; i++) {
					explain.setObject(i + 1, parameters[i]);
				}
				StringBuilder plan = new StringBuilder();
				try (ResultSet rows = explain.executeQuery()) {
					while (rows.next()) {
						plan.append(rows.getString(1)).append('\n');
					}
				}
				return plan.toString();
			}
			finally {
				try (Statement statement = connection.createStatement()) {
					statement.execute("reset enable_seqscan");
				}
			}
		}
	}
}
