package io.gongxin.demo;

import java.util.List;

import io.gongxin.account.Accounts;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Organisation;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The demo organisations and accounts of API.md ({@link DemoAccounts}), created once and never reset. */
@Component
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoOrganisations {

	private final Accounts accounts;

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	DemoOrganisations(Accounts accounts, Catalogs catalogs, ProviderPermissions permissions) {
		this.accounts = accounts;
		this.catalogs = catalogs;
		this.permissions = permissions;
	}

	void open() {
		for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
			if (accounts.organisation(demo.organisation()).isEmpty()) {
				accounts.registerOrganisation(new Organisation(demo.organisation(), demo.organisationName()));
			}
			if (!accounts.exists(demo.username())) {
				accounts.open(new NewAccount(demo.username(), demo.password(), demo.role(), demo.organisation(), null),
						"demo");
			}
		}
		// API.md: tax submits tax arrears and penalties, the market regulator every item of the catalog
		if (permissions.items("TAX").isEmpty()) {
			permissions.grant("TAX", List.of("TAX_ARREARS", "ADMIN_PENALTY"));
			permissions.grant("MARKET", catalogs.published().items().stream().map(CatalogItem::code).toList());
		}
	}
}
