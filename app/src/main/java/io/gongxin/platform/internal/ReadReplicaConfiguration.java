package io.gongxin.platform.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * With {@code gongxin.datasource.replica.url}, the application's data source (Spring Boot's, or the embedded
 * database's pool) is wrapped so that read-only transactions are answered by the replica (ADR 0015). Without the
 * setting this configuration does not exist and nothing changes. Migrations, the query log and every write use
 * the primary: they never run in a read-only transaction.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${gongxin.datasource.replica.url:}'.isEmpty()")
class ReadReplicaConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ReadReplicaConfiguration.class);

	/** Static: it must exist before the data source it wraps is created. */
	@Bean
	static BeanPostProcessor replicaRouting(Environment environment) {
		return new RoutingPostProcessor(environment);
	}

	private static final class RoutingPostProcessor implements BeanPostProcessor, Ordered {

		private final Environment environment;

		RoutingPostProcessor(Environment environment) {
			this.environment = environment;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (!"dataSource".equals(name) || !(bean instanceof DataSource primary) || bean instanceof ReplicaRouting) {
				return bean;
			}
			ReplicaSettings settings = Binder.get(environment)
				.bindOrCreate("gongxin.datasource.replica", ReplicaSettings.class);
			HikariDataSource replica = new HikariDataSource();
			replica.setPoolName("gongxin-replica");
			replica.setJdbcUrl(settings.url());
			if (!settings.username().isBlank()) {
				replica.setUsername(settings.username());
				replica.setPassword(settings.password());
			}
			replica.setReadOnly(true);
			replica.setMaximumPoolSize(settings.poolSize());
			replica.setConnectionTimeout(Math.max(250, settings.connectionTimeout().toMillis()));
			// a replica that is down when the node starts must not keep the node from starting
			replica.setInitializationFailTimeout(-1);
			log.info("Read-only transactions are answered by the replica at {}", redact(settings.url()));
			return new ReplicaRouting(primary, replica, settings.retryAfter().toNanos());
		}

		/** Runs after every other post-processor (the pool's settings are bound first). */
		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}

	/** The host and database only: a password may be given in the URL's parameters. */
	private static String redact(String url) {
		int parameters = url.indexOf('?');
		return parameters < 0 ? url : url.substring(0, parameters);
	}
}
