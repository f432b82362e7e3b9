package io.gongxin.platform.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** Wraps the application's data source in {@link ReplicaRouting}, with a pool of its own for the replica. */
final class ReplicaRoutingPostProcessor implements BeanPostProcessor, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ReadReplicaConfiguration.class);

	private final Environment environment;

	ReplicaRoutingPostProcessor(Environment environment) {
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

	/** The host and database only: a password may be given in the URL's parameters. */
	private static String redact(String url) {
		int parameters = url.indexOf('?');
		return parameters < 0 ? url : url.substring(0, parameters);
	}
}
