package io.gongxin.platform.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

	/** Static: it must exist before the data source it wraps is created. */
	@Bean
	static BeanPostProcessor replicaRouting(Environment environment) {
		return new ReplicaRoutingPostProcessor(environment);
	}
}
