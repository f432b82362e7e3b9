package io.gongxin.collection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.collection.RecordCheck;

import org.springframework.stereotype.Component;

/** What a provider's records are checked against now: the published catalog, its permitted items, today. */
@Component
class ValidationContexts {

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	private final Clock clock;

	ValidationContexts(Catalogs catalogs, ProviderPermissions permissions, Clock clock) {
		this.catalogs = catalogs;
		this.permissions = permissions;
		this.clock = clock;
	}

	RecordCheck.Context of(String provider, Locale locale) {
		return new RecordCheck.Context(catalogs.published(), permissions.items(provider), LocalDate.now(clock),
				locale);
	}
}
