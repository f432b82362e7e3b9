package io.gongxin.demo;

import java.time.LocalDate;

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
 * Loads the demo city on a demo start: the demo organisations and accounts of API.md ({@link DemoOrganisations})
 * and synthetic organisations with their legal representatives and records ({@link DemoRecords}), the same on
 * every machine for the same seed; then the demo person, the demo batch and the portal's example company.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoCity implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

	private final Subjects subjects;

	private final DemoOrganisations demoOrganisations;

	private final DemoRecords records;

	private final DemoBatch batch;

	private final DemoPerson person;

	private final DemoExampleCompany exampleCompany;

	private final long seed;

	private final int organisations;

	DemoCity(Subjects subjects, DemoOrganisations demoOrganisations, DemoRecords records, DemoBatch batch,
			DemoPerson person, DemoExampleCompany exampleCompany, @Value("${gongxin.demo-data.seed:20261122}") long seed,
			@Value("${gongxin.demo-data.organisations:200}") int organisations) {
		this.subjects = subjects;
		this.demoOrganisations = demoOrganisations;
		this.records = records;
		this.batch = batch;
		this.person = person;
		this.exampleCompany = exampleCompany;
		this.seed = seed;
		this.organisations = organisations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		demoOrganisations.open();
		SyntheticSubjects generator = new SyntheticSubjects(seed);
		SyntheticSubjects.Organisation first = generator.organisation();
		if (subjects.find(first.code()).isPresent()) {
			return;
		}
		register(first, 0);
		for (int i = 1; i < organisations; i++) {
			register(generator.organisation(), i);
		}
		person.load(new SyntheticSubjects(seed + 1).person(LocalDate.of(1980, 1, 1), LocalDate.of(1995, 12, 31)));
		batch.queue(new SyntheticSubjects(seed + 3));
		exampleCompany.register(new SyntheticSubjects(seed + 2).organisation());
		log.info("Demo city loaded: {} organisations with their legal representatives and records (seed {})",
				organisations, seed);
	}

	private void register(SyntheticSubjects.Organisation organisation, int i) {
		Subject company = subjects.register(organisation.code(), organisation.name());
		SyntheticSubjects.Person person = organisation.legalRepresentative();
		Subject representative = subjects.register(person.id(), person.name());
		subjects.recordLegalRepresentative(company.key(), representative.key(), LocalDate.of(2020, 1, 1));
		records.of(company, i);
	}
}
