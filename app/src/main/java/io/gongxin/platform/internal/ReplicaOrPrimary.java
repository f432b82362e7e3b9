package io.gongxin.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.datasource.AbstractDataSource;

/** The replica while it answers; the primary for a while after it did not ({@link ReplicaRouting}). */
final class ReplicaOrPrimary extends AbstractDataSource {

	private static final int VALIDATION_SECONDS = 1;

	private final HikariDataSource replica;

	private final DataSource primary;

	private final ReplicaPause pause;

	ReplicaOrPrimary(HikariDataSource replica, DataSource primary, long retryAfterNanos) {
		this.replica = replica;
		this.primary = primary;
		this.pause = new ReplicaPause(retryAfterNanos);
	}

	@Override
	public Connection getConnection() throws SQLException {
		long now = System.nanoTime();
		if (pause.over(now)) {
			try {
				Connection connection = replica.getConnection();
				// a pooled connection to a replica that has since stopped: one round trip finds out, so that the
				// read goes to the primary instead of failing
				if (connection.isValid(VALIDATION_SECONDS)) {
					return connection;
				}
				replica.evictConnection(connection);
				throw new SQLException("a pooled replica connection no longer answers");
			}
			catch (SQLException ex) {
				pause.begin(now, ex);
			}
		}
		return primary.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLFeatureNotSupportedException("the replica connects as its configured role");
	}
}
