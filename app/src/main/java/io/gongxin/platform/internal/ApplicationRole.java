package io.gongxin.platform.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The database role the application runs as (ADR 0010), handed to the migrations as the placeholder
 * {@code appRole}: {@code afterMigrate__grant_application_role.sql} grants it what it needs after every
 * migration. Empty when the application connects as the owner itself.
 */
final class ApplicationRole {

	static final String PLACEHOLDER = "appRole";

	/** A plain, unquoted PostgreSQL identifier: the name also reaches SQL text through the placeholder. */
	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private ApplicationRole() {
	}

	static void hand(FluentConfiguration configuration, String role) {
		if (!role.isEmpty() && !NAME.matcher(role).matches()) {
			throw new IllegalStateException("the application's database role must be a lower-case identifier ([a-z_][a-z0-9_]*)");
		}
		Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
		placeholders.put(PLACEHOLDER, role);
		configuration.placeholders(placeholders);
	}
}
