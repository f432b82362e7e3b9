package io.gongxin.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url}, the platform uses its own PostgreSQL ({@link EmbeddedPostgresServer}).
 * With a URL, Spring Boot's ordinary data source is used instead.
 *
 * <p>Flyway migrates as the server's superuser, which owns the schema; the application's pool connects as a
 * role of its own ({@code gongxin.embedded-database.application-role}, default {@code gongxin_app}) that may
 * only read and write what it needs and cannot alter the logs (ADR 0010). The server trusts connections from
 * this machine only, as before, so the role needs no password.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	/**
	 * The pool takes every {@code spring.datasource.hikari.*} setting, as Boot's own would. It connects only
	 * when first used, after the migrations have created the role.
	 */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres,
			@Value("${gongxin.embedded-database.application-role:gongxin_app}") String role) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl(role, "postgres"));
		dataSource.setUsername(role);
		dataSource.setPoolName("gongxin-embedded");
		dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
		return dataSource;
	}

	/** Migrations run as the superuser, the owner of everything they create, and grant the application's role. */
	@Bean
	FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgres postgres,
			@Value("${gongxin.embedded-database.application-role:gongxin_app}") String role) {
		return configuration -> {
			configuration.dataSource(postgres.getPostgresDatabase());
			ApplicationRole.hand(configuration, role);
		};
	}
}
