package io.gongxin.platform.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An optional streaming replica of the database that answers read-only transactions (ADR 0015).
 *
 * @param url JDBC URL of the replica; empty: no replica, every read goes to the primary
 * @param username the role to connect as (the application's own role: it is replicated with the data)
 * @param password its password
 * @param poolSize connections kept to the replica
 * @param connectionTimeout how long a read waits for a replica connection before it is answered by the primary
 * @param retryAfter after the replica could not be reached, how long reads go to the primary before it is tried
 * again
 */
@ConfigurationProperties("gongxin.datasource.replica")
record ReplicaSettings(@DefaultValue("") String url, @DefaultValue("") String username,
		@DefaultValue("") String password, @DefaultValue("10") int poolSize,
		@DefaultValue("PT2S") Duration connectionTimeout, @DefaultValue("PT30S") Duration retryAfter) {
}
