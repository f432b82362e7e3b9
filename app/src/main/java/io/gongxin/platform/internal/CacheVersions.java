package io.gongxin.platform.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The caches' versions in {@code cache_versions}, and the notice of a change on {@value #CHANNEL}: a change moves
 * the cache's row and sends {@code pg_notify}, both in the caller's transaction; PostgreSQL delivers the
 * notification to every listening node ({@link CacheListener}, this node's included) only when that transaction
 * commits, and drops it if it rolls back.
 */
@Component
class CacheVersions {

	static final String CHANNEL = "gongxin_cache";

	private final JdbcClient jdbc;

	CacheVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The named cache changed in the caller's transaction: its version moves on and every node is told. */
	void move(String name) {
		jdbc.sql("""
				insert into cache_versions (name, version) values (?, 1)
				on conflict (name) do update set version = cache_versions.version + 1""").param(name).update();
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, name).query().listOfRows();
	}

	/** Every cache's version now ({@link CacheVersionCheck}). */
	Map<String, Long> all() {
		Map<String, Long> now = new HashMap<>();
		jdbc.sql("select name, version from cache_versions").query((rs, row) -> now.put(rs.getString(1), rs.getLong(2)))
			.list();
		return now;
	}
}
