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

	/**
	 * Makes every insert into {@code table} whose new row meets {@code condition} fail with {@code reason} (a disk that
	 * is full, a service that is down), through a trigger named {@code name}, until {@link #allowInserts} drops it.
	 */
	public void refuseInserts(String name, String table, String condition, String reason) {
		jdbc.sql("""
				create or replace function %1$s() returns trigger language plpgsql as $$
				begin
				    if %2$s then
				        raise exception '%3$s';
				    end if;
				    return new;
				end $$""".formatted(name, condition, reason)).update();
		jdbc.sql("create trigger %1$s before insert on %2$s for each row execute function %1$s()".formatted(name, table))
			.update();
	}

	/** Drops what {@link #refuseInserts} set up: inserts into {@code table} succeed again. */
	public void allowInserts(String name, String table) {
		jdbc.sql("drop trigger if exists %s on %s".formatted(name, table)).update();
		jdbc.sql("drop function if exists %s()".formatted(name)).update();
	}
}
