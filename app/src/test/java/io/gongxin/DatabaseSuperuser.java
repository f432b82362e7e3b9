package io.gongxin;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A connection as the embedded server's superuser, beside the application's restricted one (ADR 0010): for
 * tests that play the intruder with full rights, or that need DDL the application may not run.
 */
public final class DatabaseSuperuser {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	public DatabaseSuperuser(EmbeddedPostgres postgres) {
		DataSource dataSource = postgres.getPostgresDatabase();
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	public JdbcClient jdbc() {
		return jdbc;
	}

	/** Runs SQL as a superuser who has switched the append-only triggers off. */
	public void withoutTriggers(String sql, Object... params) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql(sql).params(params).update();
		});
	}
}
