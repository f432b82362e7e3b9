package io.gongxin.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import io.gongxin.dispute.Objections;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticSubjects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The penalties of the demo city's organisations ({@link DemoCity}), found again by the city's seed. */
@Component
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoPenalties {

	private final Subjects subjects;

	private final Records records;

	private final Objections objections;

	private final Clock clock;

	private final long seed;

	DemoPenalties(Subjects subjects, Records records, Objections objections, Clock clock,
			@Value("${gongxin.demo-data.seed:20261122}") long seed) {
		this.subjects = subjects;
		this.records = records;
		this.objections = objections;
		this.clock = clock;
		this.seed = seed;
	}

	/** The n-th demo organisation's penalty from the market regulator, unless it already carries an objection. */
	Optional<CreditRecord> unobjectedOf(int n) {
		SyntheticSubjects generator = new SyntheticSubjects(seed);
		SyntheticOrganisation organisation = generator.organisation();
		for (int i = 0; i < n; i++) {
			organisation = generator.organisation();
		}
		return subjects.find(organisation.code())
			.map(Subject::key)
			.filter(key -> objections.marks(key, LocalDate.now(clock)).isEmpty())
			.flatMap(key -> records.activeOf(key).stream().filter(r -> r.item().equals("ADMIN_PENALTY")).findFirst());
	}
}
