package io.gongxin.demo;

import java.time.LocalDate;

import io.gongxin.synthetic.SyntheticSubjects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo city on a demo start: the demo organisations and accounts of API.md ({@link DemoOrganisations})
 * and synthetic organisations with their legal representatives and records ({@link DemoCompanies}), the same on
 * every machine for the same seed; then the demo person, the demo batch and the portal's example company.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoCity implements ApplicationRunner {

	private final DemoOrganisations demoOrganisations;

	private final DemoCompanies companies;

	private final DemoBatch batch;

	private final DemoPerson person;

	private final DemoExampleCompany exampleCompany;

	private final long seed;

	DemoCity(DemoOrganisations demoOrganisations, DemoCompanies companies, DemoBatch batch, DemoPerson person,
			DemoExampleCompany exampleCompany, @Value("${gongxin.demo-data.seed:20261122}") long seed) {
		this.demoOrganisations = demoOrganisations;
		this.companies = companies;
		this.batch = batch;
		this.person = person;
		this.exampleCompany = exampleCompany;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		demoOrganisations.open();
		if (!companies.load(seed)) {
			return;
		}
		person.load(new SyntheticSubjects(seed + 1).person(LocalDate.of(1980, 1, 1), LocalDate.of(1995, 12, 31)));
		batch.queue(new SyntheticSubjects(seed + 3));
		exampleCompany.register(new SyntheticSubjects(seed + 2).organisation());
	}
}
