package io.gongxin.demo;

import java.time.LocalDate;

import io.gongxin.account.Accounts;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Organisation;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticSubjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo city on a demo start: the demo organisations and accounts of API.md (created once,
 * never reset) and synthetic organisations with their legal representatives, the same on every
 * machine for the same seed.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoCity implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

	private final Accounts accounts;

	private final Subjects subjects;

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	private final long seed;

	private final int organisations;

	DemoCity(Accounts accounts, Subjects subjects, Catalogs catalogs, ProviderPermissions permissions, @Value("${gongxin.demo-data.seed:20261122}") long seed,
			@Value("${gongxin.demo-data.organisations:200}") int organisations) {
		this.accounts = accounts;
		this.subjects = subjects;
		this.catalogs = catalogs;
		this.permissions = permissions;
		this.seed = seed;
		this.organisations = organisations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
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
			permissions.grant("TAX", java.util.List.of("TAX_ARREARS", "ADMIN_PENALTY"));
			permissions.grant("MARKET", catalogs.published().items().stream().map(CatalogItem::code).toList());
		}
		SyntheticSubjects generator = new SyntheticSubjects(seed);
		SyntheticSubjects.Organisation first = generator.organisation();
		if (subjects.find(first.code()).isPresent()) {
			return;
		}
		register(first);
		for (int i = 1; i < organisations; i++) {
			register(generator.organisation());
		}
		log.info("Demo city loaded: {} organisations with their legal representatives (seed {})", organisations, seed);
	}

	private void register(SyntheticSubjects.Organisation organisation) {
		Subject company = subjects.register(organisation.code(), organisation.name());
		SyntheticSubjects.Person person = organisation.legalRepresentative();
		Subject representative = subjects.register(person.id(), person.name());
		subjects.recordLegalRepresentative(company.key(), representative.key(), LocalDate.of(2020, 1, 1));
	}
}
