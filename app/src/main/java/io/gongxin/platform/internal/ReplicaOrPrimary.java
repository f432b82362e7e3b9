package io.gongxin.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.AbstractDataSource;

/** The replica while it answers; the primary for a while after it did not ({@link ReplicaRouting}). */
final class ReplicaOrPrimary extends AbstractDataSource {

	private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

	private static final int VALIDATION_SECONDS = 1;

	private final HikariDataSource replica;

	private final DataSource primary;

	private final long retryAfterNanos;

	/** {@link System#nanoTime()} before which the replica is not tried; a duration, not a date. */
	private final AtomicLong avoidUntil = new AtomicLong(System.nanoTime());

	ReplicaOrPrimary(HikariDataSource replica, DataSource primary, long retryAfterNanos) {
		this.replica = replica;
		this.primary = primary;
		this.retryAfterNanos = retryAfterNanos;
	}

	@Override
	public Connection getConnection() throws SQLException {
		long now = System.nanoTime();
		if (now - avoidUntil.get() >= 0) {
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
				avoidUntil.set(now + retryAfterNanos);
				log.warn("The read replica cannot be reached ({}); reads go to the primary for {} s", ex.getMessage(),
						retryAfterNanos / 1_000_000_000L);
			}
		}
		return primary.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLFeatureNotSupportedException("the replica connects as its configured role");
	}
}
