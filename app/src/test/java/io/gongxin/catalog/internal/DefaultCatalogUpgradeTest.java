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
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@DisplayName("R-15 a newer shipped catalog is published as a new version over an earlier shipped one, never over the centre's")
	void shippedVersionsUpgradeOnlyShippedVersions() throws Exception {
		CatalogDocument current = shipped.load();
		assertThat(catalogs.installOrUpgrade(current)).isEqualTo(CatalogsJdbc.Installed.NOTHING);
		String inForce = catalogs.published().version();
		CatalogDocument earlier = rename(current, "2099.earlier");
		CatalogDocument next = rename(current, "2099.shipped");
		CatalogDocument centres = rename(current, "2099.centre");
		try {
			transactions.executeWithoutResult(tx -> {
				catalogs.saveDraft(earlier, "system");
				catalogs.publish("2099.earlier", "system");
				assertThat(catalogs.installOrUpgrade(next)).isEqualTo(CatalogsJdbc.Installed.UPGRADED);
				assertThat(status("2099.shipped")).isEqualTo("PUBLISHED");
				assertThat(status("2099.earlier")).isEqualTo("RETIRED");
				assertThat(catalogs.installOrUpgrade(next)).isEqualTo(CatalogsJdbc.Installed.NOTHING);
				tx.setRollbackOnly();
			});
			transactions.executeWithoutResult(tx -> {
				catalogs.saveDraft(centres, "t-center");
				catalogs.publish("2099.centre", "t-center");
				assertThat(catalogs.installOrUpgrade(next)).isEqualTo(CatalogsJdbc.Installed.NOTHING);
				assertThat(status("2099.centre")).isEqualTo("PUBLISHED");
				tx.setRollbackOnly();
			});
		}
		finally {
			catalogs.forget();
		}
		assertThat(status(inForce)).isEqualTo("PUBLISHED");
		assertThat(catalogs.published().version()).isEqualTo(inForce);
	}

	@Test
	@DisplayName("R-18 R-15 a version another node publishes (new grants among it) is in force on this node within the refresh")
	void aVersionPublishedElsewhereIsSeenHere() throws Exception {
		String inForce = catalogs.published().version();
		CatalogDocument elsewhere = rename(shipped.load(), "2099.elsewhere");
		try {
			transactions.executeWithoutResult(tx -> {
				catalogs.saveDraft(elsewhere, "t-center");
				// as another node would publish it: straight in the database, this node's memory untouched
				jdbc.sql("update catalog_versions set status = 'RETIRED' where status = 'PUBLISHED'").update();
				jdbc.sql("update catalog_versions set status = 'PUBLISHED', published_by = 't-center' where version = '2099.elsewhere'")
					.update();
				// the test profile refreshes at once (gongxin.catalog.refresh: PT0S)
				assertThat(catalogs.published().version()).isEqualTo("2099.elsewhere");
				tx.setRollbackOnly();
			});
		}
		finally {
			catalogs.forget();
		}
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
