package io.gongxin.catalog.internal;

import io.gongxin.catalog.CatalogDocument;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installs the shipped catalog as the published version when the database has none, and publishes a newer
 * shipped version when the one in force is an earlier shipped version (published by {@code system}, never
 * by the centre): an installation that runs the defaults gets the defaults' fixes, as a new version,
 * while a catalog the centre published is never replaced. One node does it: the others wait on the lock.
 */
@Component
class ShippedCatalogs {

	private final JdbcClient jdbc;

	private final CatalogsJdbc catalogs;

	ShippedCatalogs(JdbcClient jdbc, CatalogsJdbc catalogs) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
	}

	@Transactional
	Installed installOrUpgrade(CatalogDocument document) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('gongxin-catalog-install'))").query().singleRow();
		long versions = jdbc.sql("select count(*) from catalog_versions").query(Long.class).single();
		if (versions == 0) {
			catalogs.saveDraft(document, "system");
			catalogs.publish(document.version(), "system");
			return Installed.INSTALLED;
		}
		boolean known = jdbc.sql("select count(*) from catalog_versions where version = ?").param(document.version())
			.query(Long.class).single() > 0;
		boolean shippedInForce = jdbc.sql("select count(*) from catalog_versions where status = 'PUBLISHED' and published_by = 'system'")
			.query(Long.class).single() > 0;
		if (known || !shippedInForce) {
			return Installed.NOTHING;
		}
		catalogs.saveDraft(document, "system");
		catalogs.publish(document.version(), "system");
		return Installed.UPGRADED;
	}

	enum Installed {
		INSTALLED, UPGRADED, NOTHING
	}
}
