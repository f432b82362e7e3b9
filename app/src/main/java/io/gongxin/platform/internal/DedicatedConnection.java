package io.gongxin.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/** A connection held for as long as the node runs (a LISTEN), made beside the pool rather than taken from it. */
final class DedicatedConnection {

	private DedicatedConnection() {
	}

	/**
	 * A connection outside the pool when the pool says how to make one (it holds the connection for as long as
	 * the node runs, which would cost the pool a slot and fight its lifetime rules); else one of the pool's.
	 */
	static Connection open(DataSource dataSource, String applicationName) throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			if (pool.getJdbcUrl() != null) {
				Properties properties = new Properties();
				properties.putAll(pool.getDataSourceProperties());
				if (pool.getUsername() != null) {
					properties.setProperty("user", pool.getUsername());
				}
				if (pool.getPassword() != null) {
					properties.setProperty("password", pool.getPassword());
				}
				properties.setProperty("ApplicationName", applicationName);
				properties.setProperty("tcpKeepAlive", "true");
				Connection opened = new org.postgresql.Driver().connect(pool.getJdbcUrl(), properties);
				if (opened == null) {
					throw new SQLException("not a PostgreSQL address: " + pool.getJdbcUrl());
				}
				opened.setAutoCommit(true);
				return opened;
			}
		}
		Connection pooled = dataSource.getConnection();
		pooled.setAutoCommit(true);
		return pooled;
	}
}
