package io.gongxin.demo;

import java.time.LocalDate;

import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticPerson;
import io.gongxin.synthetic.SyntheticSubjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The demo city's synthetic organisations, their legal representatives and records ({@link DemoRecords}). */
@Component
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoCompanies {

	private static final Logger log = LoggerFactory.getLogger(DemoCompanies.class);

	private final Subjects subjects;

	private final DemoRecords records;

	private final int organisations;

	DemoCompanies(Subjects subjects, DemoRecords records,
			@Value("${gongxin.demo-data.organisations:200}") int organisations) {
		this.subjects = subjects;
		this.records = records;
		this.organisations = organisations;
	}

	/** Registers the seed's organisations, unless the platform knows the first already: whether it did. */
	boolean load(long seed) {
		SyntheticSubjects generator = new SyntheticSubjects(seed);
		SyntheticOrganisation first = generator.organisation();
		if (subjects.find(first.code()).isPresent()) {
			return false;
		}
		register(first, 0);
		for (int i = 1; i < organisations; i++) {
			register(generator.organisation(), i);
		}
		log.info("Demo city loaded: {} organisations with their legal representatives and records (seed {})",
				organisations, seed);
		return true;
	}

	private void register(SyntheticOrganisation organisation, int i) {
		Subject company = subjects.register(organisation.code(), organisation.name());
		SyntheticPerson person = organisation.legalRepresentative();
		Subject representative = subjects.register(person.id(), person.name());
		subjects.recordLegalRepresentative(company.key(), representative.key(), LocalDate.of(2020, 1, 1));
		records.of(company, i);
	}
}
