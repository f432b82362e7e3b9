package io.gongxin.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With a configured PostgreSQL, Flyway migrates as the owner given by {@code spring.flyway.user} and
 * {@code .password} (Spring Boot's own settings) and the application connects as
 * {@code spring.datasource.username}, which the migrations then grant only what it needs (ADR 0010). When
 * no separate owner is configured both are one role: that still works, with a warning, since the
 * application could then switch off the logs' append-only guards.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
class ExternalDatabaseRoles {

	private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseRoles.class);

	@Bean
	FlywayConfigurationCustomizer applicationRole(@Value("${spring.flyway.user:}") String owner,
			@Value("${spring.datasource.username:}") String application) {
		boolean separate = !owner.isBlank() && !application.isBlank() && !owner.equals(application);
		if (!separate) {
			log.warn("The application connects to the database as the role that owns the schema: it could drop the "
					+ "logs' append-only triggers. Set spring.flyway.user and spring.flyway.password to the owner, and "
					+ "spring.datasource.username to a role of its own (README, ADR 0010).");
		}
		return configuration -> ApplicationRole.hand(configuration, separate ? application : "");
	}
}
