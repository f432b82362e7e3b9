package io.gongxin.platform.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The application's data source when a replica is configured: read-only transactions ({@code @ReplicaReads},
 * {@code @Transactional(readOnly = true)}) get a replica connection, everything else the primary (Spring's
 * {@link LazyConnectionDataSourceProxy} decides when the transaction has said whether it is read-only, before the
 * first statement). When the replica cannot be reached, reads are answered by the primary (read-only there too)
 * for {@code retryAfter}, then the replica is tried again: a replica is an optimisation, never a dependency.
 *
 * <p>It closes both pools with the application, as the data source it replaces would have been closed.
 */
final class ReplicaRouting extends LazyConnectionDataSourceProxy implements Closeable {

	private final DataSource primary;

	private final HikariDataSource replica;

	ReplicaRouting(DataSource primary, HikariDataSource replica, long retryAfterNanos) {
		super(primary);
		this.primary = primary;
		this.replica = replica;
		setReadOnlyDataSource(new ReplicaOrPrimary(replica, primary, retryAfterNanos));
	}

	@Override
	public void close() throws IOException {
		replica.close();
		if (primary instanceof Closeable closeable) {
			closeable.close();
		}
	}

	/** The replica while it answers; the primary for a while after it did not. */
	static final class ReplicaOrPrimary implements DataSource {

		private static final org.slf4j.Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

		private final HikariDataSource replica;

		private final DataSource primary;

		private final long retryAfterNanos;

		private static final int VALIDATION_SECONDS = 1;

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

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			if (type.isInstance(this)) {
				return type.cast(this);
			}
			throw new SQLException("not a wrapper of " + type);
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return type.isInstance(this);
		}
	}
}
