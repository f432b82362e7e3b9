package io.gongxin.platform.internal;

import java.io.Closeable;
import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

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
}
