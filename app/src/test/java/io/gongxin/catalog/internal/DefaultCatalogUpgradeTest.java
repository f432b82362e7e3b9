package io.gongxin.catalog.internal;

import io.gongxin.GongxinTest;
import io.gongxin.catalog.CatalogDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** An installation that runs the shipped catalog gets the next shipped version; a centre's own catalog is kept. */
@GongxinTest
class DefaultCatalogUpgradeTest {

	@Autowired
	CatalogsJdbc catalogs;

	@Autowired
	DefaultCatalog shipped;

	@Autowired
	ShippedCatalogs installation;

	@Autowired
	PublishedCatalogCache cache;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@DisplayName("R-15 a newer shipped catalog is published as a new version over an earlier shipped one, never over the centre's")
	void shippedVersionsUpgradeOnlyShippedVersions() throws Exception {
		CatalogDocument current = shipped.load();
		assertThat(installation.installOrUpgrade(current)).isEqualTo(ShippedCatalogs.Installed.NOTHING);
		String inForce = catalogs.published().version();
		CatalogDocument earlier = rename(current, "2099.earlier");
		CatalogDocument next = rename(current, "2099.shipped");
		CatalogDocument centres = rename(current, "2099.centre");
		try {
			transactions.executeWithoutResult(tx -> {
				catalogs.saveDraft(earlier, "system");
				catalogs.publish("2099.earlier", "system");
				assertThat(installation.installOrUpgrade(next)).isEqualTo(ShippedCatalogs.Installed.UPGRADED);
				assertThat(status("2099.shipped")).isEqualTo("PUBLISHED");
				assertThat(status("2099.earlier")).isEqualTo("RETIRED");
				assertThat(installation.installOrUpgrade(next)).isEqualTo(ShippedCatalogs.Installed.NOTHING);
				tx.setRollbackOnly();
			});
			transactions.executeWithoutResult(tx -> {
				catalogs.saveDraft(centres, "t-center");
				catalogs.publish("2099.centre", "t-center");
				assertThat(installation.installOrUpgrade(next)).isEqualTo(ShippedCatalogs.Installed.NOTHING);
				assertThat(status("2099.centre")).isEqualTo("PUBLISHED");
				tx.setRollbackOnly();
			});
		}
		finally {
			cache.forget();
		}
		assertThat(status(inForce)).isEqualTo("PUBLISHED");
		assertThat(catalogs.published().version()).isEqualTo(inForce);
	}

	@Test
	@DisplayName("R-15 a transaction that publishes reads its own version; rolled back, every reader still gets the version in force")
	void aRolledBackPublicationLeavesTheCacheAlone() throws Exception {
		String inForce = catalogs.published().version();
		CatalogDocument draft = rename(shipped.load(), "2099.rolled-back");
		transactions.executeWithoutResult(tx -> {
			catalogs.saveDraft(draft, "t-center");
			catalogs.publish("2099.rolled-back", "t-center");
			assertThat(catalogs.published().version()).isEqualTo("2099.rolled-back");
			tx.setRollbackOnly();
		});
		// no forget(): the cache was never filled from the uncommitted version, and a rollback sends no notice
		assertThat(catalogs.published().version()).isEqualTo(inForce);
	}

	private String status(String version) {
		return jdbc.sql("select status from catalog_versions where version = ?").param(version).query(String.class).single();
	}

	private static CatalogDocument rename(CatalogDocument document, String version) throws Exception {
		tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
		tools.jackson.databind.node.ObjectNode tree = mapper.valueToTree(document);
		tree.put("version", version);
		return mapper.treeToValue(tree, CatalogDocument.class);
	}
}
