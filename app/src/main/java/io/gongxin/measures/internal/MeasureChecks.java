package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Matter;
import io.gongxin.catalog.Measure;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A measure check (R-22, R-23, R-24e): which measures of the matter's application list hold for the
 * subject, each with the records or list entries that make it hold. The matter must be granted to the querier
 * and only records of its items are looked at. Logged like a query, kept for feedback.
 */
@Component
class MeasureChecks {

	private final DeclaredMatters matters;

	private final Situations situations;

	private final Policies policies;

	private final MeasureCheckLog log;

	private final Clock clock;

	MeasureChecks(DeclaredMatters matters, Situations situations, Policies policies, MeasureCheckLog log, Clock clock) {
		this.matters = matters;
		this.situations = situations;
		this.policies = policies;
		this.log = log;
		this.clock = clock;
	}

	@Transactional
	MeasureCheck check(Caller caller, Subject subject, String matterCode, String purpose) {
		Matter matter = matters.check(caller, subject.key(), matterCode, purpose, false);
		Situation situation = situations.of(subject, Set.copyOf(matter.items()), LocalDate.now(clock));
		List<MeasureCheck.ApplicableMeasure> measures = new ArrayList<>();
		for (Measure measure : matter.measures()) {
			List<Because> because = policies.evaluate(measure.condition(), situation);
			if (!because.isEmpty()) {
				measures.add(MeasureCheck.ApplicableMeasure.of(measure, because));
			}
		}
		MeasureCheck check = new MeasureCheck(UUID.randomUUID(), measures);
		log.answered(check, caller, subject, matter, purpose, situation);
		return check;
	}
}
